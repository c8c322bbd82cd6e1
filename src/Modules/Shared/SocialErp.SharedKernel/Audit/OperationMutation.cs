namespace SocialErp.SharedKernel.Audit;

public enum OperationMutation
{
    Creation,
    Modification,
    Suppression,
}

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>An allocation-unit period as a user enters it.</summary>
internal sealed record PeriodeSaisie(Guid FicheId, string Role, DateOnly Du, DateOnly? Au)
{
    public bool Couvre(DateOnly date) => Du <= date && (Au is null || Au >= date);

    public bool Chevauche(PeriodeSaisie autre) =>
        Du <= (autre.Au ?? DateOnly.MaxValue) && autre.Du <= (Au ?? DateOnly.MaxValue);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// The record of one merge: who merged which fiche into which, when, with which choices, and what the merge changed
/// (<see cref="TraceFusion"/>), so that it can be undone while nothing has depended on it since.
/// </summary>
internal sealed class FusionFiches : AggregateRoot
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private FusionFiches(
        Guid id, Guid conserveeId, Guid absorbeeId, DateTime fusionneeLe, Guid? fusionneePar, long versionConservee, long versionAbsorbee, string traceJson)
        : base(id)
    {
        ConserveeId = conserveeId;
        AbsorbeeId = absorbeeId;
        FusionneeLe = fusionneeLe;
        FusionneePar = fusionneePar;
        VersionConservee = versionConservee;
        VersionAbsorbee = versionAbsorbee;
        TraceJson = traceJson;
    }

    public Guid ConserveeId { get; private set; }

    public Guid AbsorbeeId { get; private set; }

    public DateTime FusionneeLe { get; private set; }

    public Guid? FusionneePar { get; private set; }

    /// <summary>The kept fiche's version the merge left: a different one means it changed since.</summary>
    public long VersionConservee { get; private set; }

    /// <summary>The tombstone's version the merge left.</summary>
    public long VersionAbsorbee { get; private set; }

    /// <summary>What the merge changed, as JSON (read through <see cref="Trace"/>).</summary>
    public string TraceJson { get; private set; }

    public DateTime? AnnuleeLe { get; private set; }

    public Guid? AnnuleePar { get; private set; }

    public TraceFusion Trace => JsonSerializer.Deserialize<TraceFusion>(TraceJson, JsonOptions)!;

    /// <summary>
    /// Records a merge about to be saved: both fiches were loaded at their current version and the merge
    /// changes each of them once, so the versions it leaves are one more.
    /// </summary>
    public static FusionFiches Enregistrer(Fiche conservee, Fiche absorbee, TraceFusion trace, DateTime maintenant, Guid? auteur) =>
        new(Guid.CreateVersion7(), conservee.Id, absorbee.Id, maintenant, auteur, conservee.Version + 1, absorbee.Version + 1,
            JsonSerializer.Serialize(trace, JsonOptions));

    public void Annuler(DateTime maintenant, Guid? auteur)
    {
        AnnuleeLe = maintenant;
        AnnuleePar = auteur;
    }
}

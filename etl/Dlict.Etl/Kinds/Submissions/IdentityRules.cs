using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.Submissions;

/// <summary>The rules a kind reports a row's identity problems under (<see cref="RowIdentity"/>).</summary>
public sealed record IdentityRules(
    Rule SchoolCodeInvalid,
    Rule SchoolNotInRegistry,
    Rule SchoolNameUnmatched,
    Rule SchoolNameAmbiguous,
    Rule CycleInvalid,
    Rule SubmittedAtUnreadable);

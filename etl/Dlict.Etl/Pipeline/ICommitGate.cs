using Dlict.Etl.Loading;

namespace Dlict.Etl.Pipeline;

/// <summary>
/// The door's say before a real load commits. <see cref="BeforeCommit"/> runs inside the file's transaction once every
/// row is read and the file is hashed (and the schools its rows named are known): it may verify that the file did not change (throw
/// <see cref="FileChangedException"/>: nothing kept, the file is left) or reserve the place the file moves to (throw
/// <see cref="FileRejectedException"/>: nothing kept, the file is rejected). <see cref="CommitFailed"/> releases what it
/// reserved when the commit itself then fails. A check (dry run) never calls either.
/// </summary>
public interface ICommitGate
{
    /// <param name="contents">The kinds the file held and the schools its rows named (a school's door refuses an office kind or another school's rows: <see cref="FileRefusedException"/>).</param>
    void BeforeCommit(IncomingFile file, FileContents contents);

    void CommitFailed();
}

/// <summary>A gate that lets every commit through (a file the door does not move: an upload kept in memory, a test).</summary>
public sealed class OpenGate : ICommitGate
{
    public static readonly OpenGate Instance = new();

    public void BeforeCommit(IncomingFile file, FileContents contents)
    {
    }

    public void CommitFailed()
    {
    }
}

/// <summary>A file grew or was rewritten during its load: nothing of it is committed and it stays where it is.</summary>
public sealed class FileChangedException(string thai, string english) : IOException(english)
{
    public string Bilingual { get; } = $"{thai}\n{english}";
}

/// <summary>What a file held, known once its rows are read: the kinds of its sheets and the school codes its rows named (valid or not).</summary>
public sealed record FileContents(IReadOnlySet<string> Kinds, IReadOnlySet<string> Schools);

/// <summary>
/// The door refuses the file before its commit (a school's link sent an office kind or another school's rows): nothing
/// of it is kept and the pipeline records nothing; the door answers and records it in its own way.
/// </summary>
public sealed class FileRefusedException(FileContents contents, string thai, string english) : Exception(english)
{
    public FileContents Contents { get; } = contents;

    public string Bilingual { get; } = $"{thai}\n{english}";
}

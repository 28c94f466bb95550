using Dlict.Etl.Privacy;

namespace Dlict.Etl.Loading;

/// <summary>The hash key of a data folder and of a load (Privacy knows folders only by path, so that it uses nothing of Loading).</summary>
public static class DataDirectoryKey
{
    extension(HashKey)
    {
        /// <summary>The environment's key when given, else the data folder's key file (created when absent).</summary>
        public static HashKey Resolve(DataDirectory dataDir, string? environmentValue) => HashKey.Resolve(dataDir.Root, environmentValue);

        /// <summary>The data folder's key file, created when absent.</summary>
        public static HashKey ForDataDir(DataDirectory dataDir) => HashKey.ForFolder(dataDir.Root);

        /// <summary>The key a load uses: the one the caller resolved, else the data folder's key file.</summary>
        public static HashKey For(IngestOptions options) => options.HashKey ?? HashKey.ForFolder(options.DataDir.Root);
    }
}

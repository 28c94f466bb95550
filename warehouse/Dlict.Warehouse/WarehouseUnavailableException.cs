namespace Dlict.Warehouse;

/// <summary>The warehouse could not be reached or opened (exit code 3).</summary>
public sealed class WarehouseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

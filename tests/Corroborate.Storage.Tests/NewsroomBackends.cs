namespace Corroborate.Storage.Tests;

/// <summary>The store tests on the embedded SQLite store.</summary>
public sealed class SqliteNewsroomTests : NewsroomTests
{
    internal override StoreFixture NewStore() => StoreFixture.Sqlite();
}

/// <summary>The store tests on PostgreSQL (skipped unless CORROBORATE_TEST_POSTGRES names a server).</summary>
public sealed class PostgresNewsroomTests : NewsroomTests
{
    internal override StoreFixture NewStore() => StoreFixture.Postgres();
}

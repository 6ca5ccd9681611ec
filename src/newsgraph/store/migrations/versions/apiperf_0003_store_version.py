"""store version: a counter every write to the read tables bumps (SQLite)

The API caches list and search pages keyed by this number (api/cache.py): a page cached at
version N is served only while the store is still at version N. Triggers bump it, so every
writer — the record writer, linking's merges, a user's actor join or split, a Dask writer, a
hand-written UPDATE — invalidates the cache in the same transaction as its change, with no
code to forget. SQLite only: there writers take turns anyway, so one more row to update
costs no concurrency; on PostgreSQL a single counter row would make concurrent writers wait
for each other, and the API reads without the cache.

Revision ID: apiperf_0003
Revises: scale_0002
"""

from alembic import op


revision = "apiperf_0003"
down_revision = "scale_0002"
branch_labels = None
depends_on = None

# The tables the API's cached pages read.
TABLES = ("articles", "entities", "actors", "actor_roles", "attributions", "events", "event_participants")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # ``token`` tells this database from another one later made at the same path, whose
    # counter starts at 0 again.
    op.execute("CREATE TABLE store_version (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL, "
               "token TEXT NOT NULL)")
    op.execute("INSERT INTO store_version (id, n, token) VALUES (1, 0, lower(hex(randomblob(8))))")
    for table in TABLES:
        for action in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER store_version_{table}_{action.lower()} AFTER {action} ON {table} "
                       "BEGIN UPDATE store_version SET n = n + 1 WHERE id = 1; END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        for action in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS store_version_{table}_{action}")
    op.execute("DROP TABLE IF EXISTS store_version")

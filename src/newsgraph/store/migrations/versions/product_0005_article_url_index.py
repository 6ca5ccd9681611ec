"""an index on articles.url: ``ingest --replace`` and API submissions find a page's stored
version by its URL, which scanned every article

A hash index on PostgreSQL (equality is all the lookup needs, and a B-tree refuses entries
over about 2.7 kB, which a URL with a long query string can pass); a B-tree on SQLite, which
has no other kind and no such limit.

Revision ID: product_0005
Revises: product_0004
"""

from alembic import op


revision = "product_0005"
down_revision = "product_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_url", "articles", ["url"], postgresql_using="hash")


def downgrade() -> None:
    op.drop_index("ix_articles_url", table_name="articles")

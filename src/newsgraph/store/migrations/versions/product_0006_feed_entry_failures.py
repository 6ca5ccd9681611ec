"""scale_feed_entry_failures: the failed fetches in a row of each feed entry's page

``watch`` gives an entry up after ``max_failures`` failed polls in a row; the count was kept in
memory, so ``watch --once`` run from cron (a new process each run) never reached the limit, and
a page that never comes back was fetched on every run for ever (and kept the feed from
conditional requests).

Revision ID: product_0006
Revises: product_0005
"""

from alembic import op
import sqlalchemy as sa


revision = "product_0006"
down_revision = "product_0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scale_feed_entry_failures",
        sa.Column("feed_url", sa.String(2000), primary_key=True),
        sa.Column("entry_key", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.Column("last_tried_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("scale_feed_entry_failures")

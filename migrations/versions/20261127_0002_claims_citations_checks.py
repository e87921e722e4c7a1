"""claims citations checks

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 20:55:17.958556
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('check_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('actor', sa.String(length=255), nullable=False),
    sa.Column('tool_version', sa.String(length=32), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_run'))
    )
    op.create_table('claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('quantities', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=255), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim')),
    sa.UniqueConstraint('slug', name=op.f('uq_claim_slug'))
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_status'), ['status'], unique=False)

    op.create_table('claim_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('old_statement', sa.Text(), nullable=True),
    sa.Column('new_statement', sa.Text(), nullable=True),
    sa.Column('why', sa.Text(), nullable=True),
    sa.Column('actor', sa.String(length=255), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_claim_revision_claim_id_claim'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_revision')),
    sa.UniqueConstraint('claim_id', 'number', name=op.f('uq_claim_revision_claim_id'))
    )
    op.create_table('claim_tag',
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('tag', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_claim_tag_claim_id_claim'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('claim_id', 'tag', name=op.f('pk_claim_tag'))
    )
    with op.batch_alter_table('claim_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_tag_tag'), ['tag'], unique=False)

    op.create_table('citation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('snapshot_id', sa.Integer(), nullable=False),
    sa.Column('exact', sa.Text(), nullable=False),
    sa.Column('prefix', sa.Text(), nullable=False),
    sa.Column('suffix', sa.Text(), nullable=False),
    sa.Column('text_start', sa.Integer(), nullable=False),
    sa.Column('text_end', sa.Integer(), nullable=False),
    sa.Column('html_start', sa.Integer(), nullable=False),
    sa.Column('html_end', sa.Integer(), nullable=False),
    sa.Column('byte_start', sa.Integer(), nullable=False),
    sa.Column('byte_end', sa.Integer(), nullable=False),
    sa.Column('parts', sa.JSON(), nullable=True),
    sa.Column('typed_quote', sa.Text(), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_citation_claim_id_claim'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['snapshot_id'], ['snapshot.id'], name=op.f('fk_citation_snapshot_id_snapshot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citation'))
    )
    with op.batch_alter_table('citation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citation_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_citation_snapshot_id'), ['snapshot_id'], unique=False)

    op.create_table('check_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('citation_id', sa.Integer(), nullable=True),
    sa.Column('snapshot_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['citation_id'], ['citation.id'], name=op.f('fk_check_result_citation_id_citation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_check_result_claim_id_claim'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['check_run.id'], name=op.f('fk_check_result_run_id_check_run'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['snapshot_id'], ['snapshot.id'], name=op.f('fk_check_result_snapshot_id_snapshot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_result'))
    )
    with op.batch_alter_table('check_result', schema=None) as batch_op:
        batch_op.create_index('ix_check_result_claim_kind', ['claim_id', 'kind', 'run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_check_result_run_id'), ['run_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('check_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_check_result_run_id'))
        batch_op.drop_index('ix_check_result_claim_kind')

    op.drop_table('check_result')
    with op.batch_alter_table('citation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citation_snapshot_id'))
        batch_op.drop_index(batch_op.f('ix_citation_claim_id'))

    op.drop_table('citation')
    with op.batch_alter_table('claim_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_tag_tag'))

    op.drop_table('claim_tag')
    op.drop_table('claim_revision')
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_status'))

    op.drop_table('claim')
    op.drop_table('check_run')

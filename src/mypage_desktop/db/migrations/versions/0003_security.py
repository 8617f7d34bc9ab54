"""sessions, staff sign-in and ID checks: the seeker session's idle clock, staff sessions,
staff login throttle, the counter's ID-check record (issue 6).

A branch from 0002 beside the other 0003 migrations (``db/migrate.upgrade`` upgrades every
head); a later merge revision joins them.

Revision ID: 0003s
Revises: 0002
Create Date: 2026-11-25 20:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mypage_desktop.db.types

revision = '0003s'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('auth_session_activity',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('idle_seconds', sa.Integer(), nullable=False),
    sa.Column('last_activity_at', mypage_desktop.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['auth_session.id'], name=op.f('fk_auth_session_activity_session_id_auth_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', name=op.f('pk_auth_session_activity'))
    )
    op.create_table('staff_login_throttle',
    sa.Column('login_digest', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', mypage_desktop.db.types.UTCDateTime(), nullable=True),
    sa.Column('locked_until', mypage_desktop.db.types.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('login_digest', name=op.f('pk_staff_login_throttle'))
    )
    op.create_table('staff_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('terminal', sa.String(length=64), nullable=False),
    sa.Column('created_at', mypage_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('last_activity_at', mypage_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('idle_seconds', sa.Integer(), nullable=False),
    sa.Column('expires_at', mypage_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('reauth_at', mypage_desktop.db.types.UTCDateTime(), nullable=True),
    sa.Column('revoked_at', mypage_desktop.db.types.UTCDateTime(), nullable=True),
    sa.Column('revoke_reason', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_staff_session_staff_id_staff_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_session')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_staff_session_token_hash'))
    )
    with op.batch_alter_table('staff_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_session_staff_id'), ['staff_id'], unique=False)

    op.create_table('staff_id_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', mypage_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('seeker_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('document_type', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['seeker_id'], ['job_seeker.id'], name=op.f('fk_staff_id_check_seeker_id_job_seeker'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_staff_id_check_staff_id_staff_account'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_id_check'))
    )
    with op.batch_alter_table('staff_id_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_id_check_seeker_id'), ['seeker_id'], unique=False)
        batch_op.create_index('ix_staff_id_check_staff_at', ['staff_id', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('staff_id_check', schema=None) as batch_op:
        batch_op.drop_index('ix_staff_id_check_staff_at')
        batch_op.drop_index(batch_op.f('ix_staff_id_check_seeker_id'))
    op.drop_table('staff_id_check')
    with op.batch_alter_table('staff_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_session_staff_id'))
    op.drop_table('staff_session')
    op.drop_table('staff_login_throttle')
    op.drop_table('auth_session_activity')

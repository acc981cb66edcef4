import pytest
from django.contrib.auth.models import Group, User

from claims.models import AuditEntry, Flag, Relation
from claims.review import ReviewError, flag_assign, flag_raise, flag_resolve, relation_review
from claims.roles import can_read, can_review
from tests.factories import make_relation, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = User.objects.create_user("ed", password="x")
    user.groups.add(Group.objects.get(name="editor"))
    return user


@pytest.fixture
def analyst():
    user = User.objects.create_user("an", password="x")
    user.groups.add(Group.objects.get(name="analyst"))
    return user


def test_roles_come_from_the_groups_the_migration_creates(editor, analyst):
    assert can_read(analyst) and can_read(editor)
    assert can_review(editor) and not can_review(analyst)


def test_confirming_a_relation_records_who_and_when_in_the_audit(editor):
    relation = make_relation(make_statement(), make_statement(), Relation.Type.NUMBER)
    relation_review(relation=relation, actor=editor, status="confirmed", note="checked")
    relation.refresh_from_db()
    assert (relation.review_status, relation.reviewed_by) == ("confirmed", editor)
    entry = AuditEntry.objects.get(relation=relation)
    assert (entry.action, entry.actor, entry.note) == ("relation.confirmed", editor, "checked")
    assert entry.details == {"from": "suggested", "to": "confirmed"}


def test_a_flag_is_raised_assigned_resolved_and_each_step_audited(editor, analyst):
    relation = make_relation(make_statement(), make_statement(), Relation.Type.CONTRADICTS)
    flag = flag_raise(relation=relation, actor=editor, note="Outlets disagree")
    flag_assign(flag=flag, actor=editor, assignee=editor)
    flag_resolve(flag=flag, actor=editor, resolution="RFE/RL corrected")
    flag.refresh_from_db()
    assert (flag.status, flag.resolved_by, flag.assignee) == (Flag.Status.RESOLVED, editor, editor)
    actions = list(
        AuditEntry.objects.filter(flag=flag).order_by("id").values_list("action", flat=True)
    )
    assert actions == ["flag.raised", "flag.assigned", "flag.resolved"]
    with pytest.raises(ReviewError):
        flag_resolve(flag=flag, actor=editor)


def test_a_flag_needs_a_note_and_one_target(editor):
    s = make_statement()
    with pytest.raises(ReviewError):
        flag_raise(statement=s, actor=editor, note="  ")
    with pytest.raises(ReviewError):
        flag_raise(actor=editor, note="x")

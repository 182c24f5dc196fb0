"""Who may see and decide employer registrations.

A registration belongs to its country: the members of that country's editors' and
moderators' groups ("Editors DE", "Moderators DE", created by ``home.roles``) see and
decide it, and administrators see and decide every one. Nobody adds registrations in the admin
(they come from the public form); only administrators delete them.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from home.roles import country_group_names, country_groups, user_countries

EDITOR_ACTIONS = {"view", "change"}
ADMIN_ACTIONS = {"view", "change", "delete"}


class RegistrationPermissionPolicy(BasePermissionPolicy):
    def _active(self, user):
        return getattr(user, "is_authenticated", False) and user.is_active

    def user_has_permission(self, user, action):
        if not self._active(user):
            return False
        if user.is_superuser:
            return action in ADMIN_ACTIONS
        return action in EDITOR_ACTIONS and bool(user_countries(user))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return user.is_superuser or instance.country in user_countries(user)

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = self.model._default_manager.all()
        if not self.user_has_any_permission(user, actions):
            return queryset.none()
        if user.is_superuser:
            return queryset
        return queryset.filter(country__in=user_countries(user))

    def users_with_any_permission(self, actions):
        condition = Q(is_superuser=True) if set(actions) & ADMIN_ACTIONS else Q(pk__in=[])
        if set(actions) & EDITOR_ACTIONS:
            condition |= Q(groups__name__in=list(country_groups()))
        return get_user_model().objects.filter(is_active=True).filter(condition).distinct()

    def users_with_any_permission_for_instance(self, actions, instance):
        condition = Q(is_superuser=True) if set(actions) & ADMIN_ACTIONS else Q(pk__in=[])
        if set(actions) & EDITOR_ACTIONS:
            condition |= Q(groups__name__in=country_group_names(instance.country))
        return get_user_model().objects.filter(is_active=True).filter(condition).distinct()

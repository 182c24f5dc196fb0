from .pages import (
    PROFILE_MODELS,
    EnterprisePage,
    OrganisationCommitment,
    OrganisationCountrySectionPage,
    OrganisationIndexPage,
    OrganisationLanguage,
    OrganisationPage,
    OrganisationSector,
    OrganisationSupport,
    OrganisationTag,
    SocialPartnerPage,
    VetProviderPage,
)
from .registrations import UNCONFIRMED_RETENTION_DAYS, EmployerRegistration

__all__ = [
    "PROFILE_MODELS",
    "UNCONFIRMED_RETENTION_DAYS",
    "EmployerRegistration",
    "EnterprisePage",
    "OrganisationCommitment",
    "OrganisationCountrySectionPage",
    "OrganisationIndexPage",
    "OrganisationLanguage",
    "OrganisationPage",
    "OrganisationSector",
    "OrganisationSupport",
    "OrganisationTag",
    "SocialPartnerPage",
    "VetProviderPage",
]

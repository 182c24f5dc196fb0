"""schema.org JSON-LD for an opportunity (a JobPosting of type INTERN)."""

import datetime

from django.utils.translation import get_language

from home import vocabularies as vocab
from home.public_urls import page_url


def opportunity_json_ld(page, request):
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": page.title,
        "description": page.summary,
        "url": page_url(page, request),
        "inLanguage": get_language(),
        "datePosted": (page.first_published_at or datetime.datetime.now()).date().isoformat(),
        "validThrough": page.application_deadline.isoformat(),
        "employmentType": "INTERN",
        "occupationalCategory": vocab.label(vocab.SECTORS, page.sector),
        "totalJobOpenings": page.places,
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": page.city,
                "addressRegion": page.region or None,
                "addressCountry": page.country,
            },
        },
        "educationRequirements": {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": f"EQF {page.eqf_min}-{page.eqf_max}",
        },
    }
    if page.host_organisation_id and page.host_organisation:
        data["hiringOrganization"] = {
            "@type": "Organization",
            "name": page.host_organisation.title,
            "url": page_url(page.host_organisation, request),
        }
    starts = page.start_dates
    if starts:
        data["jobStartDate"] = starts[0].isoformat()
    return {key: value for key, value in data.items() if value is not None}

"""Media in object storage (``settings.env.media_s3``), against a real S3 API: moto's server on loopback.

The settings under test are ``base.py`` itself, run afresh with the ``MEDIA_S3_*`` variables set
(:func:`base_settings`); their storage, document serve method and policies then replace the test
settings' (pytest-django's ``settings`` fixture sends ``setting_changed``, on which Django drops its
cached storages and ``default_storage``; Wagtail's image, rendition and document file fields hold
that lazy ``default_storage``, so they follow).
"""

import importlib.util
import io
import json
import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

pytest.importorskip("moto.server", reason="moto[server] (with flask and flask-cors) runs the local S3 of these tests")
boto3 = pytest.importorskip("boto3", reason="boto3 talks to the local S3")
pytest.importorskip("storages.backends.s3", reason="django-storages[s3] is the media storage under test")

from django.core.files.base import ContentFile  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402
from PIL import Image as PILImage  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402
from wagtail.images.tests.utils import get_test_image_file  # noqa: E402
from wagtail_factories import ImageFactory  # noqa: E402

BUCKET = "pathway-media"
REGION = "eu-central-1"
KEY_ID, SECRET = "moto-key", "moto-secret"  # moto accepts any
VARIABLES = [
    "MEDIA_S3_BUCKET",
    "MEDIA_S3_ENDPOINT_URL",
    "MEDIA_S3_REGION",
    "MEDIA_S3_ACCESS_KEY_ID",
    "MEDIA_S3_SECRET_ACCESS_KEY",
    "MEDIA_S3_CUSTOM_DOMAIN",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
]


# What env.media_s3 asks of the bucket: anyone reads the images, nothing else.
PUBLIC_IMAGES_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "PublicImages",
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": [f"arn:aws:s3:::{BUCKET}/original_images/*", f"arn:aws:s3:::{BUCKET}/images/*"],
        }
    ],
}


def base_settings(**environ):
    """``pathway/settings/base.py`` run as a new module with exactly these media variables set
    (the imported settings modules are left as they are)."""
    import pathway.settings.base

    with pytest.MonkeyPatch.context() as patch:
        for name in VARIABLES:
            patch.delenv(name, raising=False)
        for name, value in environ.items():
            patch.setenv(name, value)
        spec = importlib.util.spec_from_file_location("pathway.settings._media_probe", pathway.settings.base.__file__)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


def s3_environ(endpoint):
    return {
        "MEDIA_S3_BUCKET": BUCKET,
        "MEDIA_S3_ENDPOINT_URL": endpoint,
        "MEDIA_S3_REGION": REGION,
        "MEDIA_S3_ACCESS_KEY_ID": KEY_ID,
        "MEDIA_S3_SECRET_ACCESS_KEY": SECRET,
    }


@pytest.fixture(scope="session")
def s3_server():
    """moto's S3 on a free loopback port, with the media bucket: ``(endpoint, boto3 client)``."""
    from moto.server import ThreadedMotoServer

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3", endpoint_url=endpoint, region_name=REGION, aws_access_key_id=KEY_ID, aws_secret_access_key=SECRET
    )
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_IMAGES_POLICY))
    yield endpoint, client
    server.stop()


@pytest.fixture
def s3_media(settings, s3_server):
    """The site configured by ``MEDIA_S3_*`` for the local S3 (undone after the test)."""
    endpoint, client = s3_server
    configured = base_settings(**s3_environ(endpoint))
    settings.STORAGES = {**settings.STORAGES, "default": configured.STORAGES["default"]}
    settings.WAGTAILDOCS_SERVE_METHOD = configured.WAGTAILDOCS_SERVE_METHOD
    settings.CSP_PUBLIC = configured.CSP_PUBLIC
    settings.CSP_ADMIN = configured.CSP_ADMIN
    return endpoint, client


def bucket_keys(client):
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET)
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


def download(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (a loopback http URL)
        return response.status, response.read()


def download_status(url):
    try:
        return download(url)[0]
    except urllib.error.HTTPError as error:
        return error.code


# --- Without the variables nothing changes -----------------------------------------------


def test_without_a_bucket_media_stay_on_the_local_disk():
    local = base_settings()
    assert local.MEDIA_S3 is None and local.MEDIA_ORIGIN == ""
    assert local.STORAGES["default"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert not hasattr(local, "WAGTAILDOCS_SERVE_METHOD")  # Wagtail's default: serve_view for local files
    assert "img-src 'self' data:;" in local.CSP_PUBLIC
    assert "img-src 'self' data: blob:;" in local.CSP_ADMIN


@pytest.mark.django_db
def test_public_pages_allow_images_from_no_other_origin_by_default(client, home_page):
    assert "img-src 'self' data:;" in client.get("/en/")["Content-Security-Policy"]


# --- The configuration ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "origin"),
    [
        ({"MEDIA_S3_BUCKET": "pathway-media"}, "https://pathway-media.s3.amazonaws.com"),
        (
            {"MEDIA_S3_BUCKET": "pathway-media", "MEDIA_S3_REGION": "eu-west-3"},
            "https://pathway-media.s3.amazonaws.com",
        ),
        (
            {"MEDIA_S3_BUCKET": "pathway-media", "MEDIA_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud/"},
            "https://s3.fr-par.scw.cloud",
        ),
        (
            {"MEDIA_S3_BUCKET": "media.pathway", "MEDIA_S3_CUSTOM_DOMAIN": "media.example.org"},
            "https://media.example.org",
        ),
        (
            {"MEDIA_S3_BUCKET": "pathway-media", "MEDIA_S3_CUSTOM_DOMAIN": "http://127.0.0.1:9000/pathway-media/"},
            "http://127.0.0.1:9000",
        ),
    ],
)
def test_the_policy_allows_the_origin_that_media_urls_start_with(environ, origin):
    from storages.backends.s3 import S3Storage

    configured = base_settings(**environ)
    assert configured.MEDIA_ORIGIN == origin
    assert f"img-src 'self' data: {origin};" in configured.CSP_PUBLIC
    assert f"img-src 'self' data: blob: {origin};" in configured.CSP_ADMIN
    assert configured.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    options = configured.STORAGES["default"]["OPTIONS"]
    assert options["file_overwrite"] is False and options["querystring_auth"] is False
    # The URL django-storages builds (unsigned: no request is made) starts with that origin.
    assert S3Storage(**options).url("images/photo.fill-200x100.png").startswith(origin + "/")


def test_credentials_come_in_pairs_and_fall_back_to_the_standard_names():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="MEDIA_S3_SECRET_ACCESS_KEY"):
        base_settings(MEDIA_S3_BUCKET=BUCKET, MEDIA_S3_ACCESS_KEY_ID="only-the-id")
    options = base_settings(MEDIA_S3_BUCKET=BUCKET, AWS_ACCESS_KEY_ID="a", AWS_SECRET_ACCESS_KEY="b").MEDIA_S3[
        "options"
    ]
    assert (options["access_key"], options["secret_key"]) == ("a", "b")
    assert "access_key" not in base_settings(MEDIA_S3_BUCKET=BUCKET).MEDIA_S3["options"]  # boto3's own chain
    with pytest.raises(ImproperlyConfigured, match="dots"):
        base_settings(MEDIA_S3_BUCKET="media.pathway")


# --- Against the local S3 -------------------------------------------------------------------


def test_wagtails_file_fields_follow_the_configured_storage(s3_media):
    Image, Document = get_image_model(), get_document_model()
    fields = [
        Image._meta.get_field("file"),
        Image.get_rendition_model()._meta.get_field("file"),
        Document._meta.get_field("file"),
    ]
    for field in fields:
        assert field.storage is default_storage  # the lazy object that setting_changed resets
        assert field.storage.bucket_name == BUCKET


@pytest.mark.django_db
def test_images_and_renditions_are_stored_in_the_bucket_and_served_from_it(s3_media):
    endpoint, client = s3_media
    image = ImageFactory(title="Harbour", file=get_test_image_file("harbour.png", size=(640, 480)))
    rendition = image.get_rendition("fill-200x100")

    keys = bucket_keys(client)
    assert image.file.name.startswith("original_images/") and image.file.name in keys
    assert rendition.file.name.startswith("images/") and rendition.file.name in keys

    assert rendition.url == f"{endpoint}/{BUCKET}/{rendition.file.name}"
    status, body = download(rendition.url)
    assert status == 200
    assert body == client.get_object(Bucket=BUCKET, Key=rendition.file.name)["Body"].read()
    assert PILImage.open(io.BytesIO(body)).size == (200, 100)

    # A second image of the same name gets a key of its own (file_overwrite is off).
    other = ImageFactory(title="Harbour again", file=get_test_image_file("harbour.png", size=(320, 240)))
    assert other.file.name != image.file.name
    assert PILImage.open(io.BytesIO(download(other.file.url)[1])).size == (320, 240)


@pytest.mark.django_db
def test_public_pages_allow_images_from_the_media_origin(s3_media, client, home_page):
    endpoint, _client = s3_media
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(endpoint))
    policy = client.get("/en/")["Content-Security-Policy"]
    assert f"img-src 'self' data: {origin};" in policy
    assert "default-src 'self';" in policy  # nothing else from the bucket


def make_document(title, filename, data, collection=None):
    from wagtail.models import Collection

    document = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(filename, ContentFile(data), save=False)
    document.save()
    return document


@pytest.mark.django_db
def test_documents_in_the_bucket_stream_through_the_site(s3_media, client):
    _endpoint, s3 = s3_media
    data = b"Placement timetable\n" * 1000
    document = make_document("Timetable", "timetable.txt", data)
    assert document.file.name in bucket_keys(s3)

    assert download_status(document.file.url) == 403  # the bucket keeps documents to itself

    response = client.get(document.url)
    assert document.url.startswith("/documents/")
    assert response.status_code == 200  # streamed by Wagtail's view, not a redirect to the bucket
    assert b"".join(response.streaming_content) == data
    assert response["Content-Security-Policy"] == "default-src 'none'"  # Wagtail's, for documents


@pytest.mark.django_db
def test_a_private_collections_documents_stay_private(s3_media, client, django_user_model, settings):
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Partners only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    data = b"Names and phone numbers of the host families\n"
    document = make_document("Host families", "host-families.txt", data, collection=private)

    refused = client.get(document.url)
    assert refused.status_code == 302
    assert BUCKET not in refused["Location"]  # to the sign-in, never to the file

    client.force_login(django_user_model.objects.create_user("partner", password="x" * 16))
    allowed = client.get(document.url)
    assert allowed.status_code == 200
    assert b"".join(allowed.streaming_content) == data

    # Wagtail's own default for remote storage would redirect to the bucket's unsigned URL: a
    # bucket that let anyone read it there would bypass the restriction, and ours refuses it.
    del settings.WAGTAILDOCS_SERVE_METHOD
    redirected = client.get(document.url)
    assert redirected.status_code == 302 and redirected["Location"] == document.file.url
    assert download_status(redirected["Location"]) == 403

"""Models for bedspaces: beds, stays, referrals and residents."""
import re
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone

# HMRC format: two prefix letters (not D, F, I, Q, U, V; second not O), six digits, suffix A-D.
NI_NUMBER_RE = r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$"
UK_MOBILE_RE = r"^(\+44|0)7[0-9]{9}$"


def normalise_ni(value: str) -> str:
    return re.sub(r"\s+", "", value or "").upper()


def validate_ni(value: str) -> None:
    v = normalise_ni(value)
    if v and not re.match(NI_NUMBER_RE, v):
        raise ValidationError("Not a valid National Insurance number (e.g. QQ 12 34 56 C is the HMRC example).")


class Site(models.Model):
    code = models.CharField(max_length=8, unique=True)  # "MAIN", "ANNEX"
    name = models.CharField(max_length=120)
    beds = models.PositiveSmallIntegerField(default=18)
    swep_mats = models.PositiveSmallIntegerField(default=6)


class Bed(models.Model):
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="bed_set")
    number = models.PositiveSmallIntegerField()
    dorm = models.CharField(max_length=16, blank=True)
    out_of_use = models.BooleanField(default=False)

    class Meta:
        unique_together = [("site", "number")]


class Resident(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    ref = models.CharField(max_length=10, unique=True, help_text="R-NNNN, issued at first stay")
    known_as = models.CharField(max_length=80)
    date_of_birth = models.DateField(null=True, blank=True)
    dob_is_estimate = models.BooleanField(default=False)
    ni_number = models.CharField(max_length=13, blank=True, validators=[validate_ni],
                                 help_text="Optional. Format QQ 12 34 56 C.")
    mobile = models.CharField(max_length=16, blank=True,
                              validators=[RegexValidator(UK_MOBILE_RE, "UK mobile, e.g. 07xxx xxxxxx")])
    created = models.DateTimeField(default=timezone.now)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    def anonymise(self):
        self.known_as = "ANON-" + self.ref
        self.date_of_birth = None
        self.ni_number = ""
        self.mobile = ""
        self.anonymised_at = timezone.now()
        self.save(update_fields=["known_as", "date_of_birth", "ni_number", "mobile", "anonymised_at"])


class Referral(models.Model):
    class Source(models.TextChoices):
        HOUSING_OPTIONS = "HO", "Council Housing Options"
        OUTREACH = "SL", "Outreach / StreetLink"
        PROBATION = "PB", "Probation (CRS)"
        SELF = "SR", "Self-referral"
        SWEP = "SW", "SWEP activation"

    source = models.CharField(max_length=2, choices=Source.choices)
    external_ref = models.CharField(max_length=32, blank=True, help_text="e.g. HO-26-01877, SL-2605-11873")
    resident = models.ForeignKey(Resident, null=True, blank=True, on_delete=models.SET_NULL)
    received = models.DateTimeField(default=timezone.now)
    duty = models.CharField(max_length=8, blank=True, help_text="s.189B relief, s.195 prevention, s.193 main")
    attachment = models.FileField(upload_to="referrals/%Y/%m/", blank=True)


class Stay(models.Model):
    ref = models.CharField(max_length=16, unique=True)  # ST-26-05-0903, ST-SWEP-0012
    resident = models.ForeignKey(Resident, on_delete=models.PROTECT)
    bed = models.ForeignKey(Bed, null=True, blank=True, on_delete=models.SET_NULL)
    referral = models.ForeignKey(Referral, null=True, blank=True, on_delete=models.SET_NULL)
    start = models.DateField()
    end = models.DateField(null=True, blank=True)
    hb_claim_ref = models.CharField(max_length=10, blank=True)  # council claim ref, 8 digits
    weekly_rent = models.DecimalField(max_digits=7, decimal_places=2, default="231.40")

    @property
    def nights(self) -> int:
        return ((self.end or timezone.localdate()) - self.start).days

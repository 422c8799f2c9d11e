from typing import Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from ninja import Schema
from pydantic import Field, field_validator


class SignupIn(Schema):
    email: str = Field(max_length=254)
    password: str = Field(min_length=1, max_length=128)
    role: Literal["buyer", "seller"]
    country: str = Field(min_length=2, max_length=2, description="ISO 3166-1 alpha-2")

    @field_validator("email")
    @classmethod
    def email_valid(cls, value: str) -> str:
        try:
            validate_email(value)
        except DjangoValidationError as exc:
            raise ValueError("Enter a valid e-mail address.") from exc
        return value.strip()


class UserOut(Schema):
    id: int
    email: str
    roles: list[str]


class TokenIn(Schema):
    email: str = Field(max_length=254)
    password: str = Field(max_length=128)


class TokenOut(Schema):
    token: str
    expires_at: str


class ProfileOut(Schema):
    country: str
    language: str
    display_currency: str


class MeOut(UserOut):
    country: str
    profile: ProfileOut | None


class ProfilePatch(Schema):
    country: str | None = Field(None, min_length=2, max_length=2)
    language: str | None = Field(None, max_length=10)
    display_currency: str | None = Field(None, min_length=3, max_length=3)


class AddressIn(Schema):
    name: str = Field(max_length=200)
    company_name: str = Field("", max_length=200)
    country_code: str = Field(min_length=2, max_length=2)
    country_area: str = Field("", max_length=100)
    city: str = Field("", max_length=100)
    city_area: str = Field("", max_length=100)
    postal_code: str = Field("", max_length=20)
    sorting_code: str = Field("", max_length=20)
    street_address: str = Field(max_length=300)
    phone: str = Field(max_length=32)
    is_default: bool = False


class AddressPatch(Schema):
    name: str | None = Field(None, max_length=200)
    company_name: str | None = Field(None, max_length=200)
    country_code: str | None = Field(None, min_length=2, max_length=2)
    country_area: str | None = Field(None, max_length=100)
    city: str | None = Field(None, max_length=100)
    city_area: str | None = Field(None, max_length=100)
    postal_code: str | None = Field(None, max_length=20)
    sorting_code: str | None = Field(None, max_length=20)
    street_address: str | None = Field(None, max_length=300)
    phone: str | None = Field(None, max_length=32)
    is_default: bool | None = None


class AddressOut(Schema):
    id: int
    name: str
    company_name: str
    country_code: str
    country_area: str
    city: str
    city_area: str
    postal_code: str
    sorting_code: str
    street_address: str
    phone: str
    is_default: bool

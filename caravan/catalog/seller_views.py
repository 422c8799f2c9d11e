"""The seller centre's listing pages: list, editor (htmx), submit, CSV import."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from caravan.core.errors import DomainError
from caravan.core.forms import form_refused
from caravan.seller.errors import NoShop
from caravan.seller.selectors import shop_of

from . import selectors, services
from .imports import products_import_csv
from .seller_forms import ListingForm, SkuFormSet


def _shop_or_onboarding(request):
    try:
        return shop_of(user=request.user)
    except NoShop:
        messages.info(request, _("Open your shop first."))
        return None


def _initial(product) -> tuple[dict, list[dict]]:
    texts = {t.language: t for t in product.translations.all()}
    own = texts.get(product.default_language)
    listing = {"category_id": product.category_id, "sale_unit": product.sale_unit,
               "lot_size": product.lot_size, "default_language": product.default_language,
               "brand_name": product.brand_name,
               "title_en": getattr(texts.get("en"), "title", ""),
               "description_en": getattr(texts.get("en"), "description", ""),
               "title_own": getattr(own, "title", ""),
               "description_own": getattr(own, "description", "")}
    skus = [{**{f: getattr(s, f) for f in ("code", "stock", "weight_g", "length_cm", "width_cm",
                                           "height_cm", "hs_code", "origin_country")},
             "price": s.price / 100,
             "options": "; ".join(f"{k}={v}" for k, v in s.options.items())}
            for s in product.skus.all()]
    return listing, skus


@login_required
def listing_list(request):
    shop = _shop_or_onboarding(request)
    if shop is None:
        return redirect("seller:shop")
    products = selectors.seller_products(shop=shop, status=request.GET.get("status") or None,
                                         after=None, limit=200)
    return render(request, "catalog/seller/list.html", {"shop": shop, "products": products})


def _save(request, shop, product, form, skus):
    try:
        if product is None:
            return services.product_create(shop=shop, actor=request.user,
                                           translations=form.translations(),
                                           skus=[f.sku() for f in skus], **form.product_fields())
        return services.product_update(product=product, actor=request.user,
                                       translations=form.translations(),
                                       skus=[f.sku() for f in skus], **form.product_fields())
    except DomainError as exc:
        form_refused(form, exc)
        return None


@login_required
def listing_edit(request, product_id: int | None = None):
    shop = _shop_or_onboarding(request)
    if shop is None:
        return redirect("seller:shop")
    try:
        product = (selectors.seller_product(shop=shop, product_id=product_id)
                   if product_id else None)
    except DomainError as exc:
        raise Http404(exc.message) from exc
    initial, sku_initial = _initial(product) if product else ({}, [{}])
    form = ListingForm(request.POST or None, initial=initial)
    skus = SkuFormSet(request.POST or None, initial=sku_initial, prefix="sku")
    if request.method == "POST" and form.is_valid() and skus.is_valid():
        saved = _save(request, shop, product, form, skus)
        if saved is not None:
            messages.success(request, _("Listing saved."))
            return redirect("seller:listing-edit", product_id=saved.pk)
    status = 422 if request.method == "POST" else 200
    return render(request, "catalog/seller/edit.html",
                  {"form": form, "skus": skus, "product": product}, status=status)


@login_required
def sku_row(request):
    """One more empty SKU row for the editor (htmx)."""
    index = int(request.GET.get("index", "0"))
    form = SkuFormSet(prefix="sku").empty_form
    form.prefix = f"sku-{min(max(index, 0), 49)}"
    return render(request, "catalog/seller/_sku_row.html", {"sku": form})


@login_required
@require_POST
def listing_submit(request, product_id: int):
    shop = _shop_or_onboarding(request)
    if shop is None:
        return redirect("seller:shop")
    try:
        product = selectors.seller_product(shop=shop, product_id=product_id)
        outcome = services.listing_submit(product=product, actor=request.user)
    except DomainError as exc:
        context, status = {"error": exc.message, "fields": exc.fields}, exc.status
    else:
        context, status = {"outcome": outcome}, 200
    return render(request, "catalog/seller/_submit_result.html", context, status=status)


@login_required
def listing_import(request):
    shop = _shop_or_onboarding(request)
    if shop is None:
        return redirect("seller:shop")
    results, error = None, None
    if request.method == "POST":
        upload = request.FILES.get("file")
        try:
            if upload is None:
                raise DomainError(_("Choose a CSV file."))
            results = products_import_csv(shop=shop, actor=request.user, data=upload.read())
        except DomainError as exc:
            error = exc.message
    return render(request, "catalog/seller/import.html",
                  {"results": results, "error": error,
                   "saved": sum(r.ok for r in results or [])},
                  status=422 if error else 200)

from ninja import Schema


class OrderLineOut(Schema):
    sku_id: int
    product_id: int
    title: str
    options: dict
    unit_price: int
    quantity: int
    line_total: int


class OrderOut(Schema):
    id: int
    number: str
    status: str
    shop_id: int
    shop_name: str
    currency: str
    items_total: int
    shipping_total: int
    tax_total: int
    total: int
    shipping_service: str
    shipping_days_min: int
    shipping_days_max: int
    import_tax_notice: str
    ship_to: dict
    lines: list[OrderLineOut]
    created_at: str
    paid_at: str | None


class OrderPage(Schema):
    items: list[OrderOut]
    next_cursor: int | None

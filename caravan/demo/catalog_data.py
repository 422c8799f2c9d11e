"""Static catalogue data for the demo: the category tree below the 30 top-level categories,
category attributes, and the words demo listings are made of.

Nothing here touches the database; caravan/demo/catalog.py does.

To keep a category on a few lines, names are written "English|中文|Русский|Español|Português|
Français" and title phrases "English|中文|Русский|Español", split once at import. Weights are
grams per piece, sizes the package in cm, prices USD cents per piece. HS codes are six-digit
subheadings of the 2022 nomenclature (e.g. smartphones 851713, phone parts 851779, LED lamps
853952).
"""

from typing import NamedTuple

NAME_LANGUAGES = ("zh-hans", "ru", "es", "pt", "fr")  # besides English, which is Category.name
TITLE_LANGUAGES = ("en", "zh-hans", "ru", "es")


class Attribute(NamedTuple):
    code: str
    name: str
    kind: str  # "choice" or "text"
    options: tuple[str, ...]  # choice: what a buyer picks; text: sample values for demo SKUs


class Leaf(NamedTuple):
    slug: str
    name: str
    translations: dict[str, str]
    hs_code: str
    grams: tuple[int, int]
    size_cm: tuple[float, float, float]
    cents: tuple[int, int]
    titles: tuple[dict[str, str], ...]  # {"en": ..., "zh-hans": ..., "ru": ..., "es": ...}


class Branch(NamedTuple):
    slug: str
    name: str
    translations: dict[str, str]
    attributes: tuple[Attribute, ...]
    leaves: tuple[Leaf, ...]


class Restricted(NamedTuple):
    """An item compliance screening holds until the seller's licence is approved."""

    leaf: str  # slug of the third-level category it is listed in
    rule: str  # code of the compliance rule whose keywords it names (compliance/seed_data.py)
    hs_code: str
    grams: tuple[int, int]
    size_cm: tuple[float, float, float]
    cents: tuple[int, int]
    title: dict[str, str]


def _names(text: str) -> tuple[str, dict[str, str]]:
    english, *others = text.split("|")
    if len(others) != len(NAME_LANGUAGES):
        raise ValueError(f"{english}: needs names in {NAME_LANGUAGES}")
    return english, dict(zip(NAME_LANGUAGES, others, strict=True))


def _title(text: str) -> dict[str, str]:
    parts = text.split("|")
    if len(parts) < 3:
        raise ValueError(f"{text}: needs at least English, Chinese and Russian")
    return dict(zip(TITLE_LANGUAGES, parts, strict=False))


def leaf(slug: str, names: str, hs_code: str, grams: tuple[int, int],
         size_cm: tuple[float, float, float], cents: tuple[int, int], *titles: str) -> Leaf:
    name, translations = _names(names)
    return Leaf(slug, name, translations, hs_code, grams, size_cm, cents,
                tuple(_title(t) for t in titles))


def branch(slug: str, names: str, attributes: tuple[Attribute, ...], *leaves: Leaf) -> Branch:
    name, translations = _names(names)
    return Branch(slug, name, translations, attributes, leaves)


def restricted(leaf_slug: str, rule: str, hs_code: str, grams: tuple[int, int],
               size_cm: tuple[float, float, float], cents: tuple[int, int],
               title: str) -> Restricted:
    return Restricted(leaf_slug, rule, hs_code, grams, size_cm, cents, _title(title))


# --- attributes -----------------------------------------------------------------------------------

COLOUR = Attribute("colour", "Colour", "choice", (
    "Black", "White", "Red", "Blue", "Pink", "Green", "Grey", "Beige", "Purple", "Yellow"))
APPAREL_SIZE = Attribute("size", "Size", "choice", ("XS", "S", "M", "L", "XL", "XXL", "3XL"))
SHOE_SIZE = Attribute("size", "Size (EU)", "choice", tuple(str(n) for n in range(35, 47)))
KIDS_SIZE = Attribute("size", "Age", "choice", (
    "0-3M", "3-6M", "6-12M", "12-18M", "2Y", "3Y", "4Y", "5Y", "6Y"))
PET_SIZE = Attribute("size", "Size", "choice", ("XS", "S", "M", "L", "XL"))
BED_SIZE = Attribute("size", "Size", "choice", (
    "Single 90x200", "Double 140x200", "Queen 160x200", "King 180x200"))
RING_SIZE = Attribute("ring_size", "Ring size (US)", "choice", (
    "5", "6", "7", "8", "9", "10", "11"))
APPAREL_MATERIAL = Attribute("material", "Material", "choice", (
    "Cotton", "Polyester", "Linen", "Silk", "Spandex", "Wool", "Viscose"))
BAG_MATERIAL = Attribute("material", "Material", "choice", (
    "PU leather", "Genuine leather", "Canvas", "Nylon", "Oxford cloth"))
JEWELLERY_MATERIAL = Attribute("material", "Metal", "choice", (
    "925 Sterling Silver", "Stainless Steel", "Titanium Steel", "Alloy", "Copper",
    "18K Gold Plated"))
HOME_MATERIAL = Attribute("material", "Material", "choice", (
    "Stainless Steel", "Bamboo", "Ceramic", "Glass", "Plastic", "Wood", "Silicone"))
PHONE_MODEL = Attribute("compatible_model", "Compatible model", "choice", (
    "iPhone 15", "iPhone 15 Pro Max", "iPhone 14", "iPhone 13", "Samsung Galaxy S24",
    "Samsung Galaxy A54", "Xiaomi Redmi Note 13", "Huawei P60", "Google Pixel 8"))
STORAGE = Attribute("storage", "Storage capacity", "choice", (
    "32GB", "64GB", "128GB", "256GB", "512GB", "1TB"))
PLUG = Attribute("plug_type", "Plug type", "choice", ("EU", "US", "UK", "AU"))
BATTERY = Attribute("battery", "Battery", "choice", (
    "Tool only", "1 x 2.0Ah battery", "2 x 2.0Ah batteries", "2 x 4.0Ah batteries"))
VOLTAGE = Attribute("voltage", "Voltage", "choice", ("12V", "24V", "110V", "220V"))
CAPACITY = Attribute("capacity", "Battery capacity", "choice", (
    "5000mAh", "10000mAh", "20000mAh", "30000mAh"))
CAR_MODEL = Attribute("compatible_car", "Compatible vehicle", "text", (
    "Toyota Corolla 2014-2019", "Volkswagen Golf 7", "Honda Civic 2016-2021", "Ford Focus 3",
    "Hyundai Solaris 2017-2022", "Kia Rio 4", "Lada Vesta", "Chevrolet Onix"))
LIGHT_COLOUR = Attribute("light_colour", "Light colour", "choice", (
    "Warm White 3000K", "Natural White 4000K", "Cold White 6500K", "RGB"))
POWER = Attribute("power", "Power", "choice", ("5W", "9W", "12W", "18W", "24W", "36W"))
RESOLUTION = Attribute("resolution", "Resolution", "choice", ("1080P", "2K", "3K", "4K"))
PACKAGE_TYPE = Attribute("package_type", "Package", "choice", (
    "DIP", "SMD", "SOP-8", "TO-92", "TO-220"))
PAPER_SIZE = Attribute("paper_size", "Paper size", "choice", ("A4", "A5", "A6", "B5"))
SHADE = Attribute("shade", "Shade", "choice", (
    "01 Ivory", "02 Natural", "03 Beige", "04 Sand", "05 Honey", "06 Caramel"))
HAIR_LENGTH = Attribute("length", "Length (inches)", "choice", (
    "10", "12", "14", "16", "18", "20", "22", "24", "26", "28"))
HAIR_COLOUR = Attribute("colour", "Colour", "choice", (
    "Natural Black", "1B/27 Ombre", "613 Blonde", "Dark Brown", "99J Burgundy"))
LENS = Attribute("lens", "Lens", "choice", (
    "Polarized", "UV400", "Gradient", "Mirrored", "Photochromic"))
NET_WEIGHT = Attribute("net_weight", "Net weight", "choice", ("100g", "250g", "500g", "1kg"))

# --- names of the top-level categories in the other languages (English: data.CATEGORIES) ----------

TOP_TRANSLATIONS: dict[str, dict[str, str]] = {slug: dict(zip(NAME_LANGUAGES, text.split("|"),
                                                              strict=True)) for slug, text in {
    "apparel-accessories":
        "服装配饰|Одежда и аксессуары|Ropa y accesorios|Roupas e acessórios|"
        "Vêtements et accessoires",
    "phones-telecommunications":
        "手机通讯|Телефоны и связь|Teléfonos y telecomunicaciones|Telefones e telecomunicações|"
        "Téléphones et télécommunications",
    "shoes": "鞋|Обувь|Zapatos|Calçados|Chaussures",
    "luggage-bags": "箱包|Багаж и сумки|Equipaje y bolsos|Malas e bolsas|Bagages et sacs",
    "beauty-health": "美容健康|Красота и здоровье|Belleza y salud|Beleza e saúde|Beauté et santé",
    "jewelry-watches":
        "珠宝手表|Ювелирные изделия и часы|Joyería y relojes|Joias e relógios|Bijoux et montres",
    "consumer-electronics":
        "消费电子|Бытовая электроника|Electrónica de consumo|Eletrônicos|"
        "Électronique grand public",
    "computer-office":
        "电脑办公|Компьютеры и офис|Informática y oficina|Informática e escritório|"
        "Informatique et bureau",
    "home-garden": "家居园艺|Дом и сад|Hogar y jardín|Casa e jardim|Maison et jardin",
    "automobiles-motorcycles":
        "汽车摩托|Автомобили и мотоциклы|Automóviles y motocicletas|Automóveis e motocicletas|"
        "Automobiles et motos",
    "lights-lighting":
        "灯具照明|Свет и освещение|Luces e iluminación|Luzes e iluminação|"
        "Luminaires et éclairage",
    "toys-hobbies":
        "玩具爱好|Игрушки и хобби|Juguetes y pasatiempos|Brinquedos e hobbies|Jouets et loisirs",
    "arts-crafts-sewing":
        "艺术手工缝纫|Рукоделие и шитьё|Arte, manualidades y costura|Artesanato e costura|"
        "Arts créatifs et couture",
    "sports-entertainment":
        "运动娱乐|Спорт и развлечения|Deportes y entretenimiento|Esportes e entretenimento|"
        "Sports et loisirs",
    "home-improvement":
        "家装建材|Ремонт и строительство|Mejoras del hogar|Reforma da casa|"
        "Bricolage et rénovation",
    "tools": "工具|Инструменты|Herramientas|Ferramentas|Outillage",
    "home-appliances":
        "家用电器|Бытовая техника|Electrodomésticos|Eletrodomésticos|Électroménager",
    "mother-kids": "母婴|Мама и малыш|Madre y niños|Mãe e bebê|Maman et enfants",
    "security-protection":
        "安防|Безопасность и защита|Seguridad y protección|Segurança e proteção|"
        "Sécurité et protection",
    "electronic-components-supplies":
        "电子元器件|Электронные компоненты|Componentes electrónicos|Componentes eletrônicos|"
        "Composants électroniques",
    "office-school-supplies":
        "办公文教|Канцтовары|Material de oficina y escolar|Material de escritório e escolar|"
        "Fournitures de bureau et scolaires",
    "hair-extensions-wigs":
        "假发|Накладные волосы и парики|Extensiones de cabello y pelucas|"
        "Extensões de cabelo e perucas|Extensions de cheveux et perruques",
    "weddings-events":
        "婚庆活动|Свадьбы и праздники|Bodas y eventos|Casamentos e eventos|"
        "Mariages et événements",
    "novelty-special-use":
        "新奇特殊用途|Новинки и спецтовары|Novedades y usos especiales|"
        "Novidades e uso especial|Nouveautés et usages spéciaux",
    "furniture": "家具|Мебель|Muebles|Móveis|Meubles",
    "pet-products":
        "宠物用品|Товары для животных|Productos para mascotas|Produtos para animais|Animalerie",
    "underwear-sleepwear":
        "内衣睡衣|Нижнее бельё и одежда для сна|Ropa interior y de dormir|"
        "Roupa íntima e pijamas|Lingerie et vêtements de nuit",
    "eyewear":
        "眼镜配饰|Очки и аксессуары|Gafas y accesorios|Óculos e acessórios|"
        "Lunettes et accessoires",
    "musical-instruments":
        "乐器|Музыкальные инструменты|Instrumentos musicales|Instrumentos musicais|"
        "Instruments de musique",
    "food-beverages":
        "食品饮料|Продукты и напитки|Alimentos y bebidas|Alimentos e bebidas|"
        "Alimentation et boissons",
}.items()}

# --- the tree: top-level slug -> second-level branches -> third-level leaves ----------------------
# leaf(slug, names, HS code, grams, package cm, price cents, *titles)

TREE: dict[str, tuple[Branch, ...]] = {}

TREE["apparel-accessories"] = (
    branch(
        "womens-clothing",
        "Women's Clothing|女装|Женская одежда|Ropa de mujer|Roupas femininas|Vêtements femme",
        (COLOUR, APPAREL_SIZE, APPAREL_MATERIAL),
        leaf("dresses", "Dresses|连衣裙|Платья|Vestidos|Vestidos|Robes",
             "620442", (200, 450), (30, 25, 3), (999, 3999),
             "Floral Print Summer Maxi Dress|碎花印花夏季长裙|"
             "Летнее платье макси с цветочным принтом|Vestido largo de verano con estampado floral",
             "Elegant V-Neck Midi Dress|优雅V领中长款连衣裙|"
             "Элегантное платье миди с V-образным вырезом|Vestido midi elegante con cuello en V"),
        leaf("womens-blouses",
             "Blouses & Shirts|衬衫上衣|Блузки и рубашки|Blusas y camisas|Blusas e camisas|"
             "Chemisiers et chemises",
             "620630", (150, 300), (28, 22, 3), (599, 2499),
             "Loose Chiffon Long Sleeve Blouse|宽松雪纺长袖衬衫|"
             "Свободная шифоновая блузка с длинным рукавом|Blusa holgada de gasa de manga larga",
             "Casual Cotton Linen Shirt|休闲棉麻衬衫|Повседневная рубашка из хлопка и льна|"
             "Camisa casual de algodón y lino"),
        leaf("womens-coats",
             "Coats & Jackets|外套夹克|Пальто и куртки|Abrigos y chaquetas|Casacos e jaquetas|"
             "Manteaux et vestes",
             "620240", (500, 1200), (35, 30, 8), (1999, 6999),
             "Winter Warm Hooded Down Jacket|冬季保暖连帽羽绒服|"
             "Зимний тёплый пуховик с капюшоном|Chaqueta de plumón cálida con capucha",
             "Oversized Trench Coat|宽松风衣|Оверсайз тренч|Gabardina oversize"),
    ),
    branch(
        "mens-clothing",
        "Men's Clothing|男装|Мужская одежда|Ropa de hombre|Roupas masculinas|Vêtements homme",
        (COLOUR, APPAREL_SIZE, APPAREL_MATERIAL),
        leaf("mens-t-shirts", "T-Shirts|T恤|Футболки|Camisetas|Camisetas|T-shirts",
             "610910", (150, 250), (28, 22, 2), (399, 1599),
             "Cotton Crew Neck T-Shirt|纯棉圆领T恤|Хлопковая футболка с круглым вырезом|"
             "Camiseta de algodón con cuello redondo",
             "Oversized Printed Graphic Tee|宽松印花T恤|Оверсайз футболка с принтом|"
             "Camiseta estampada oversize"),
        leaf("mens-hoodies",
             "Hoodies & Sweatshirts|卫衣|Худи и свитшоты|Sudaderas|Moletons|Sweats à capuche",
             "611020", (400, 700), (32, 26, 5), (1299, 3999),
             "Fleece Pullover Hoodie|加绒套头连帽卫衣|Флисовое худи-пуловер|"
             "Sudadera con capucha de forro polar",
             "Zip Up Sports Sweatshirt|拉链运动卫衣|Спортивная толстовка на молнии|"
             "Sudadera deportiva con cremallera"),
        leaf("mens-trousers",
             "Jeans & Trousers|牛仔裤长裤|Джинсы и брюки|Vaqueros y pantalones|Jeans e calças|"
             "Jeans et pantalons",
             "620342", (450, 800), (35, 28, 4), (1499, 4499),
             "Slim Fit Stretch Jeans|修身弹力牛仔裤|Облегающие эластичные джинсы|"
             "Vaqueros elásticos ajustados",
             "Cargo Pants with Pockets|多口袋工装裤|Брюки карго с карманами|"
             "Pantalones cargo con bolsillos"),
    ),
    branch(
        "apparel-accessories",
        "Accessories|服饰配件|Аксессуары|Accesorios|Acessórios|Accessoires",
        (COLOUR,),
        leaf("scarves", "Scarves|围巾|Шарфы|Bufandas|Cachecóis|Écharpes",
             "621430", (80, 250), (25, 20, 3), (299, 1999),
             "Cashmere Feel Winter Scarf|仿羊绒冬季围巾|Зимний шарф под кашемир|"
             "Bufanda de invierno tacto cachemira",
             "Silk Satin Square Scarf|丝缎方巾|Шёлковый атласный платок|"
             "Pañuelo cuadrado de satén"),
        leaf("hats-caps",
             "Hats & Caps|帽子|Шапки и кепки|Gorros y gorras|Chapéus e bonés|"
             "Chapeaux et casquettes",
             "650500", (60, 150), (25, 20, 10), (299, 1499),
             "Adjustable Baseball Cap|可调节棒球帽|Регулируемая бейсболка|"
             "Gorra de béisbol ajustable",
             "Knitted Winter Beanie|针织冬季毛线帽|Вязаная зимняя шапка|"
             "Gorro de punto de invierno"),
        leaf("belts", "Belts|腰带|Ремни|Cinturones|Cintos|Ceintures",
             "420330", (100, 250), (30, 10, 5), (399, 1999),
             "Genuine Leather Automatic Buckle Belt|真皮自动扣腰带|"
             "Ремень из натуральной кожи с автоматической пряжкой|"
             "Cinturón de cuero genuino con hebilla automática",
             "Canvas Tactical Belt|帆布战术腰带|Тактический ремень из холста|"
             "Cinturón táctico de lona"),
    ),
)

TREE["phones-telecommunications"] = (
    branch(
        "mobile-phone-accessories",
        "Mobile Phone Accessories|手机配件|Аксессуары для телефонов|Accesorios para móviles|"
        "Acessórios para celular|Accessoires pour téléphones",
        (COLOUR, PHONE_MODEL),
        leaf("phone-cases",
             "Phone Cases|手机壳|Чехлы для телефонов|Fundas para móviles|Capas de celular|"
             "Coques de téléphone",
             "392690", (20, 60), (18, 10, 2), (99, 899),
             "Shockproof Silicone Phone Case|防摔硅胶手机壳|Противоударный силиконовый чехол|"
             "Funda de silicona antigolpes",
             "Magnetic Clear Case|磁吸透明手机壳|Магнитный прозрачный чехол|"
             "Funda transparente magnética",
             "Leather Flip Wallet Case|皮革翻盖钱包手机壳|Кожаный чехол-книжка с кошельком|"
             "Funda tipo cartera de cuero"),
        leaf("screen-protectors",
             "Screen Protectors|手机贴膜|Защитные стёкла|Protectores de pantalla|"
             "Películas protetoras|Protections d'écran",
             "700719", (15, 50), (20, 12, 1), (49, 599),
             "9H Tempered Glass Screen Protector|9H钢化玻璃手机膜|Защитное стекло 9H|"
             "Protector de pantalla de vidrio templado 9H",
             "Privacy Anti-Peep Screen Protector|防窥钢化膜|Защитное стекло антишпион|"
             "Protector de pantalla de privacidad"),
        leaf("cables-chargers",
             "Cables & Chargers|数据线充电器|Кабели и зарядные устройства|Cables y cargadores|"
             "Cabos e carregadores|Câbles et chargeurs",
             "850440", (30, 120), (12, 8, 4), (99, 1999),
             "65W GaN Fast Charger|65W氮化镓快充充电器|Быстрое зарядное устройство GaN 65 Вт|"
             "Cargador rápido GaN de 65 W",
             "USB-C Fast Charging Cable|Type-C快充数据线|Кабель USB-C для быстрой зарядки|"
             "Cable USB-C de carga rápida"),
    ),
    branch(
        "mobile-phones",
        "Mobile Phones|手机|Мобильные телефоны|Teléfonos móviles|Celulares|Téléphones mobiles",
        (COLOUR, STORAGE),
        leaf("smartphones", "Smartphones|智能手机|Смартфоны|Smartphones|Smartphones|Smartphones",
             "851713", (180, 260), (18, 10, 6), (7999, 39999),
             "Global Version 5G Smartphone|全球版5G智能手机|Смартфон 5G глобальная версия|"
             "Smartphone 5G versión global",
             "Unlocked Android Smartphone 6.7 Inch|6.7英寸解锁安卓智能手机|"
             "Разблокированный Android-смартфон 6,7 дюйма|"
             "Smartphone Android libre de 6,7 pulgadas"),
        leaf("feature-phones",
             "Feature Phones|功能手机|Кнопочные телефоны|Teléfonos básicos|Celulares básicos|"
             "Téléphones basiques",
             "851714", (80, 150), (14, 8, 4), (1299, 3999),
             "Senior Big Button Mobile Phone|老人大按键手机|"
             "Телефон для пожилых с большими кнопками|"
             "Teléfono móvil para mayores con teclas grandes",
             "Dual SIM Feature Phone|双卡功能手机|Кнопочный телефон с двумя SIM|"
             "Teléfono básico doble SIM"),
    ),
    branch(
        "phone-parts",
        "Mobile Phone Parts|手机零件|Запчасти для телефонов|Repuestos para móviles|"
        "Peças para celular|Pièces de téléphone",
        (PHONE_MODEL,),
        leaf("lcd-screens",
             "LCD Screens|手机屏幕总成|Дисплеи и тачскрины|Pantallas LCD|Telas LCD|Écrans LCD",
             "851779", (60, 150), (20, 12, 3), (1499, 8999),
             "OLED Display Touch Screen Digitizer Assembly|OLED屏幕触摸总成|"
             "OLED дисплей с тачскрином в сборе|Pantalla OLED con digitalizador táctil",
             "Replacement LCD Screen with Frame|带框LCD替换屏|Сменный LCD-дисплей с рамкой|"
             "Pantalla LCD de repuesto con marco"),
        leaf("phone-batteries", "Batteries|手机电池|Аккумуляторы|Baterías|Baterias|Batteries",
             "850760", (40, 80), (12, 8, 2), (699, 1999),
             "High Capacity Replacement Battery|大容量替换电池|"
             "Сменный аккумулятор повышенной ёмкости|Batería de repuesto de alta capacidad",
             "Battery with Repair Tool Kit|电池附拆机工具|Аккумулятор с набором инструментов|"
             "Batería con kit de herramientas"),
        leaf("flex-cables", "Flex Cables|排线|Шлейфы|Cables flex|Cabos flex|Nappes flex",
             "851779", (5, 20), (12, 8, 1), (99, 799),
             "Charging Port Flex Cable|尾插排线|Шлейф разъёма зарядки|"
             "Cable flex del puerto de carga",
             "Power Volume Button Flex Cable|开机音量排线|Шлейф кнопок питания и громкости|"
             "Cable flex de botones de encendido y volumen"),
    ),
)

TREE["shoes"] = (
    branch(
        "womens-shoes",
        "Women's Shoes|女鞋|Женская обувь|Zapatos de mujer|Calçados femininos|Chaussures femme",
        (COLOUR, SHOE_SIZE),
        leaf("womens-sneakers", "Sneakers|运动休闲鞋|Кроссовки|Zapatillas|Tênis|Baskets",
             "640411", (500, 900), (33, 22, 12), (1499, 4999),
             "Breathable Platform Sneakers|透气厚底休闲鞋|Дышащие кроссовки на платформе|"
             "Zapatillas de plataforma transpirables",
             "Chunky Dad Sneakers|复古老爹鞋|Массивные кроссовки в стиле ретро|"
             "Zapatillas deportivas gruesas"),
        leaf("high-heels",
             "High Heels|高跟鞋|Туфли на каблуке|Tacones|Saltos altos|Talons hauts",
             "640299", (400, 800), (30, 20, 11), (1599, 4999),
             "Pointed Toe Stiletto Pumps|尖头细高跟鞋|Туфли-лодочки на шпильке|"
             "Zapatos de tacón de aguja puntiagudos",
             "Block Heel Ankle Strap Sandals|粗跟一字带凉鞋|Босоножки на устойчивом каблуке|"
             "Sandalias de tacón ancho con tira"),
        leaf("flats-loafers",
             "Flats & Loafers|平底鞋|Балетки и лоферы|Bailarinas y mocasines|"
             "Sapatilhas e mocassins|Ballerines et mocassins",
             "640299", (300, 600), (30, 20, 10), (999, 2999),
             "Soft Leather Ballet Flats|软皮芭蕾平底鞋|Мягкие кожаные балетки|"
             "Bailarinas de piel suave",
             "Slip-On Penny Loafers|一脚蹬乐福鞋|Лоферы без шнуровки|Mocasines sin cordones"),
    ),
    branch(
        "mens-shoes",
        "Men's Shoes|男鞋|Мужская обувь|Zapatos de hombre|Calçados masculinos|Chaussures homme",
        (COLOUR, SHOE_SIZE),
        leaf("running-shoes",
             "Running Shoes|跑步鞋|Беговые кроссовки|Zapatillas para correr|Tênis de corrida|"
             "Chaussures de course",
             "640411", (600, 1000), (33, 22, 12), (1999, 5999),
             "Lightweight Mesh Running Shoes|轻便网面跑步鞋|Лёгкие сетчатые беговые кроссовки|"
             "Zapatillas de correr ligeras de malla",
             "Cushioned Marathon Trainers|缓震马拉松跑鞋|Амортизирующие кроссовки для марафона|"
             "Zapatillas de maratón con amortiguación"),
        leaf("mens-boots", "Boots|靴子|Ботинки|Botas|Botas|Bottes",
             "640391", (900, 1600), (35, 25, 14), (2999, 7999),
             "Waterproof Leather Work Boots|防水真皮工装靴|"
             "Водонепроницаемые кожаные рабочие ботинки|Botas de trabajo de cuero impermeables",
             "Winter Snow Boots with Fur|加绒冬季雪地靴|Зимние ботинки с мехом|"
             "Botas de nieve de invierno con piel"),
        leaf("casual-shoes",
             "Casual Shoes|休闲鞋|Повседневная обувь|Zapatos casuales|Sapatos casuais|"
             "Chaussures décontractées",
             "640399", (600, 1000), (32, 22, 12), (1799, 4999),
             "Genuine Leather Casual Shoes|真皮休闲鞋|Повседневные туфли из натуральной кожи|"
             "Zapatos casuales de piel genuina",
             "Canvas Low Top Shoes|低帮帆布鞋|Низкие кеды из холста|Zapatillas de lona bajas"),
    ),
    branch(
        "shoe-accessories",
        "Shoe Accessories|鞋配件|Аксессуары для обуви|Accesorios para zapatos|"
        "Acessórios para calçados|Accessoires de chaussures",
        (SHOE_SIZE,),
        leaf("insoles", "Insoles|鞋垫|Стельки|Plantillas|Palmilhas|Semelles",
             "640690", (40, 100), (30, 10, 2), (99, 999),
             "Orthopedic Arch Support Insoles|足弓支撑矫形鞋垫|"
             "Ортопедические стельки с супинатором|Plantillas ortopédicas con soporte para arco",
             "Memory Foam Sport Insoles|记忆棉运动鞋垫|Спортивные стельки с эффектом памяти|"
             "Plantillas deportivas de espuma viscoelástica"),
        leaf("shoelaces", "Shoelaces|鞋带|Шнурки|Cordones|Cadarços|Lacets",
             "630790", (10, 30), (15, 8, 1), (49, 399),
             "Flat Cotton Shoelaces|扁平纯棉鞋带|Плоские хлопковые шнурки|"
             "Cordones planos de algodón",
             "Elastic No Tie Shoelaces|免系弹力鞋带|Эластичные шнурки без завязывания|"
             "Cordones elásticos sin atar"),
    ),
)

TREE["luggage-bags"] = (
    branch(
        "womens-bags",
        "Women's Bags|女包|Женские сумки|Bolsos de mujer|Bolsas femininas|Sacs femme",
        (COLOUR, BAG_MATERIAL),
        leaf("handbags", "Handbags|手提包|Сумки|Bolsos de mano|Bolsas de mão|Sacs à main",
             "420222", (500, 1000), (35, 28, 12), (1499, 5999),
             "PU Leather Large Tote Bag|PU皮大容量托特包|Большая сумка-тоут из экокожи|"
             "Bolso tote grande de piel sintética",
             "Vintage Top Handle Handbag|复古手提包|Винтажная сумка с короткими ручками|"
             "Bolso de mano vintage"),
        leaf("crossbody-bags",
             "Crossbody Bags|斜挎包|Сумки через плечо|Bandoleras|Bolsas transversais|"
             "Sacs bandoulière",
             "420222", (250, 600), (25, 20, 8), (999, 3999),
             "Mini Chain Crossbody Bag|迷你链条斜挎包|Мини-сумка через плечо на цепочке|"
             "Mini bandolera con cadena",
             "Quilted Shoulder Bag|菱格单肩包|Стёганая сумка на плечо|Bolso de hombro acolchado"),
        leaf("wallets", "Wallets|钱包|Кошельки|Carteras|Carteiras|Portefeuilles",
             "420231", (80, 200), (20, 11, 3), (499, 2499),
             "RFID Blocking Leather Wallet|防盗刷真皮钱包|Кожаный кошелёк с защитой RFID|"
             "Cartera de cuero con bloqueo RFID",
             "Slim Card Holder|超薄卡包|Тонкий картхолдер|Tarjetero delgado"),
    ),
    branch(
        "travel-bags",
        "Luggage & Travel Bags|旅行箱包|Чемоданы и дорожные сумки|Maletas y bolsas de viaje|"
        "Malas de viagem|Valises et sacs de voyage",
        (COLOUR,),
        leaf("suitcases", "Suitcases|拉杆箱|Чемоданы|Maletas|Malas|Valises",
             "420212", (2800, 4500), (58, 40, 25), (4999, 14999),
             "Hardside Spinner Suitcase 20 Inch|20寸硬壳万向轮拉杆箱|"
             "Чемодан на колёсах 20 дюймов с жёстким корпусом|"
             "Maleta rígida con ruedas de 20 pulgadas",
             "Expandable Carry-On Luggage|可扩展登机箱|Расширяемый чемодан ручная кладь|"
             "Equipaje de mano ampliable"),
        leaf("travel-organizers",
             "Travel Organizers|旅行收纳袋|Органайзеры для путешествий|Organizadores de viaje|"
             "Organizadores de viagem|Organiseurs de voyage",
             "420292", (150, 400), (30, 20, 5), (399, 1999),
             "Packing Cubes Set|旅行收纳六件套|Набор органайзеров для чемодана|"
             "Set de cubos organizadores de equipaje",
             "Waterproof Toiletry Bag|防水洗漱包|Водонепроницаемая косметичка|Neceser impermeable"),
    ),
    branch(
        "backpacks",
        "Backpacks|背包|Рюкзаки|Mochilas|Mochilas|Sacs à dos",
        (COLOUR,),
        leaf("laptop-backpacks",
             "Laptop Backpacks|电脑双肩包|Рюкзаки для ноутбука|Mochilas para portátil|"
             "Mochilas para notebook|Sacs à dos pour ordinateur",
             "420292", (700, 1200), (45, 32, 12), (1999, 5999),
             "Anti-Theft Laptop Backpack with USB Port|带USB接口防盗电脑双肩包|"
             "Рюкзак-антивор для ноутбука с USB-портом|"
             "Mochila antirrobo para portátil con puerto USB",
             "Waterproof Business Backpack 15.6 Inch|15.6英寸防水商务背包|"
             "Водонепроницаемый деловой рюкзак 15,6 дюйма|"
             "Mochila de negocios impermeable de 15,6 pulgadas"),
        leaf("school-bags",
             "School Bags|书包|Школьные рюкзаки|Mochilas escolares|Mochilas escolares|Cartables",
             "420292", (500, 900), (40, 30, 12), (1299, 3999),
             "Lightweight Student School Bag|轻便学生书包|Лёгкий школьный рюкзак|"
             "Mochila escolar ligera",
             "Cartoon Kids Backpack|卡通儿童背包|Детский рюкзак с рисунком|"
             "Mochila infantil de dibujos"),
    ),
)

TREE["beauty-health"] = (
    branch(
        "makeup",
        "Makeup|彩妆|Макияж|Maquillaje|Maquiagem|Maquillage",
        (SHADE,),
        leaf("lipsticks", "Lipstick|口红|Помады|Pintalabios|Batons|Rouges à lèvres",
             "330410", (20, 50), (10, 4, 4), (199, 1299),
             "Matte Velvet Lipstick|哑光丝绒口红|Матовая бархатная помада|"
             "Pintalabios mate aterciopelado",
             "Long Lasting Lip Gloss Set|持久唇釉套装|Набор стойких блесков для губ|"
             "Set de brillo labial de larga duración"),
        leaf("foundation",
             "Foundation|粉底|Тональные средства|Bases de maquillaje|Bases|Fonds de teint",
             "330499", (50, 120), (12, 6, 6), (399, 1999),
             "Full Coverage Liquid Foundation|高遮瑕粉底液|Тональный крем с плотным покрытием|"
             "Base líquida de alta cobertura",
             "BB Cushion Compact|气垫BB霜|BB-кушон|Cushion BB compacto"),
        leaf("eye-makeup",
             "Eye Makeup|眼妆|Макияж для глаз|Maquillaje de ojos|Maquiagem para olhos|"
             "Maquillage des yeux",
             "330420", (30, 150), (15, 10, 2), (199, 1999),
             "18 Color Eyeshadow Palette|18色眼影盘|Палетка теней 18 оттенков|"
             "Paleta de sombras de 18 colores",
             "Waterproof Volume Mascara|防水浓密睫毛膏|Водостойкая тушь для объёма|"
             "Máscara de pestañas resistente al agua"),
    ),
    branch(
        "skin-care",
        "Skin Care|护肤|Уход за кожей|Cuidado de la piel|Cuidados com a pele|Soins de la peau",
        (),
        leaf("face-serums", "Serums|精华液|Сыворотки|Sérums|Séruns|Sérums",
             "330499", (60, 150), (10, 5, 5), (399, 1999),
             "Hyaluronic Acid Face Serum|玻尿酸精华液|"
             "Сыворотка для лица с гиалуроновой кислотой|Sérum facial de ácido hialurónico",
             "Vitamin C Brightening Serum|维C亮肤精华|Осветляющая сыворотка с витамином C|"
             "Sérum iluminador con vitamina C"),
        leaf("face-masks",
             "Face Masks|面膜|Маски для лица|Mascarillas faciales|Máscaras faciais|Masques visage",
             "330499", (25, 40), (20, 15, 1), (49, 299),
             "Moisturizing Sheet Mask|补水面膜|Увлажняющая тканевая маска|"
             "Mascarilla de tela hidratante",
             "Clay Purifying Mud Mask|清洁泥膜|Очищающая глиняная маска|"
             "Mascarilla purificante de arcilla"),
        leaf("skin-care-tools",
             "Skin Care Tools|美容工具|Инструменты для ухода за кожей|"
             "Herramientas de cuidado facial|Ferramentas de skincare|Outils de soin",
             "711620", (100, 250), (18, 10, 5), (299, 1499),
             "Jade Roller and Gua Sha Set|玉石滚轮刮痧板套装|Набор нефритовый роллер и гуаша|"
             "Set de rodillo de jade y gua sha",
             "Rose Quartz Face Roller|粉晶美容滚轮|Роллер для лица из розового кварца|"
             "Rodillo facial de cuarzo rosa"),
    ),
    branch(
        "nail-art",
        "Nail Art & Tools|美甲工具|Маникюр и нейл-арт|Manicura y arte de uñas|Unhas e manicure|"
        "Manucure et nail art",
        (COLOUR,),
        leaf("gel-polish",
             "Gel Nail Polish|甲油胶|Гель-лаки|Esmaltes de gel|Esmaltes em gel|"
             "Vernis semi-permanents",
             "330430", (15, 30), (8, 3, 3), (99, 499),
             "UV Gel Nail Polish 15ml|15毫升UV甲油胶|УФ гель-лак 15 мл|"
             "Esmalte de uñas en gel UV 15 ml",
             "Glitter Soak Off Gel|亮片可卸甲油胶|Гель-лак с блёстками|"
             "Gel semipermanente con purpurina"),
        leaf("false-nails",
             "False Nails|穿戴甲|Накладные ногти|Uñas postizas|Unhas postiças|Faux ongles",
             "392690", (20, 40), (10, 8, 2), (99, 599),
             "Press On Nails Set 24pcs|24片穿戴甲套装|Набор накладных ногтей 24 шт.|"
             "Set de uñas postizas 24 piezas",
             "Almond Shape Fake Nails|杏仁形假指甲|Накладные ногти миндалевидной формы|"
             "Uñas postizas forma almendra"),
        leaf("makeup-brushes",
             "Makeup Brushes|化妆刷|Кисти для макияжа|Brochas de maquillaje|"
             "Pincéis de maquiagem|Pinceaux de maquillage",
             "960329", (50, 250), (20, 8, 4), (199, 1999),
             "Professional Makeup Brush Set|专业化妆刷套装|"
             "Набор профессиональных кистей для макияжа|Set de brochas profesionales",
             "Soft Kabuki Foundation Brush|柔软粉底刷|Мягкая кисть кабуки для тона|"
             "Brocha kabuki suave para base"),
    ),
    branch(
        "health-care",
        "Health Care|保健护理|Товары для здоровья|Cuidado de la salud|Cuidados com a saúde|"
        "Soins de santé",
        (),
        leaf("health-monitors",
             "Health Monitors|健康监测|Приборы контроля здоровья|Monitores de salud|"
             "Monitores de saúde|Appareils de suivi santé",
             "842310", (1200, 2000), (32, 32, 5), (999, 2999),
             "Smart Body Fat Scale|智能体脂秤|Умные весы с анализатором жира|"
             "Báscula inteligente de grasa corporal",
             "Digital Bathroom Scale|电子体重秤|Электронные напольные весы|"
             "Báscula de baño digital"),
        leaf("massage-relaxation",
             "Massage & Relaxation|按摩放松|Массаж и релаксация|Masaje y relajación|"
             "Massagem e relaxamento|Massage et relaxation",
             "950691", (300, 900), (35, 15, 15), (599, 2499),
             "Acupressure Massage Mat and Pillow Set|指压按摩垫枕头套装|"
             "Массажный коврик-аппликатор с подушкой|Set de esterilla y almohada de acupresión",
             "Textured Foam Roller|颗粒泡沫轴|Массажный ролик с рельефом|"
             "Rodillo de espuma texturizado"),
    ),
)

TREE["jewelry-watches"] = (
    branch(
        "fine-jewelry",
        "Fine Jewelry|精品首饰|Ювелирные украшения|Joyería fina|Joias finas|Bijoux fins",
        (JEWELLERY_MATERIAL, RING_SIZE),
        leaf("pearl-jewelry",
             "Pearl Jewelry|珍珠首饰|Украшения с жемчугом|Joyería de perlas|Joias de pérolas|"
             "Bijoux en perles",
             "711610", (10, 60), (10, 10, 4), (1999, 14999),
             "Freshwater Pearl Necklace|淡水珍珠项链|Ожерелье из пресноводного жемчуга|"
             "Collar de perlas de agua dulce",
             "Akoya Pearl Stud Earrings|Akoya珍珠耳钉|Серьги-пусеты с жемчугом Акойя|"
             "Pendientes de perlas Akoya"),
        leaf("silver-rings",
             "Silver Rings|银戒指|Серебряные кольца|Anillos de plata|Anéis de prata|"
             "Bagues en argent",
             "711311", (3, 10), (8, 8, 4), (999, 4999),
             "925 Sterling Silver Adjustable Ring|925纯银开口戒指|"
             "Регулируемое кольцо из серебра 925|Anillo ajustable de plata de ley 925",
             "Zircon Solitaire Engagement Ring|锆石单钻订婚戒指|Помолвочное кольцо с цирконом|"
             "Anillo de compromiso con circonita"),
    ),
    branch(
        "fashion-jewelry",
        "Fashion Jewelry|时尚饰品|Бижутерия|Bisutería|Bijuterias|Bijoux fantaisie",
        (COLOUR, JEWELLERY_MATERIAL),
        leaf("necklaces",
             "Necklaces & Pendants|项链吊坠|Колье и подвески|Collares y colgantes|"
             "Colares e pingentes|Colliers et pendentifs",
             "711719", (5, 30), (10, 8, 2), (99, 1499),
             "Layered Gold Plated Necklace|多层镀金项链|Многослойное позолоченное колье|"
             "Collar en capas chapado en oro",
             "Heart Pendant Choker|爱心吊坠锁骨链|Чокер с подвеской-сердцем|"
             "Gargantilla con colgante de corazón"),
        leaf("earrings", "Earrings|耳环|Серьги|Pendientes|Brincos|Boucles d'oreilles",
             "711719", (3, 20), (8, 6, 2), (49, 999),
             "Vintage Hoop Earrings|复古圈圈耳环|Винтажные серьги-кольца|"
             "Pendientes de aro vintage",
             "Crystal Drop Earrings|水晶吊坠耳环|Серьги-подвески с кристаллами|"
             "Pendientes colgantes de cristal"),
        leaf("bracelets",
             "Bracelets & Bangles|手链手镯|Браслеты|Pulseras y brazaletes|Pulseiras|Bracelets",
             "711719", (10, 40), (10, 8, 2), (99, 999),
             "Stainless Steel Cuff Bangle|不锈钢开口手镯|Браслет-манжета из нержавеющей стали|"
             "Brazalete de acero inoxidable",
             "Natural Stone Beaded Bracelet|天然石串珠手链|Браслет из натуральных камней|"
             "Pulsera de cuentas de piedra natural"),
    ),
    branch(
        "watches",
        "Watches|手表|Часы|Relojes|Relógios|Montres",
        (COLOUR,),
        leaf("mens-watches",
             "Men's Watches|男士手表|Мужские часы|Relojes de hombre|Relógios masculinos|"
             "Montres homme",
             "910211", (80, 200), (12, 10, 8), (1499, 9999),
             "Automatic Mechanical Skeleton Watch|自动机械镂空手表|"
             "Автоматические механические часы-скелетон|Reloj mecánico automático esqueleto",
             "Stainless Steel Quartz Chronograph|不锈钢石英计时手表|"
             "Кварцевый хронограф из нержавеющей стали|Cronógrafo de cuarzo de acero inoxidable"),
        leaf("womens-watches",
             "Women's Watches|女士手表|Женские часы|Relojes de mujer|Relógios femininos|"
             "Montres femme",
             "910211", (40, 120), (12, 10, 8), (999, 5999),
             "Rose Gold Mesh Band Quartz Watch|玫瑰金网带石英表|"
             "Кварцевые часы с сетчатым браслетом цвета розового золота|"
             "Reloj de cuarzo con correa de malla oro rosa",
             "Minimalist Leather Strap Watch|简约皮带手表|"
             "Минималистичные часы на кожаном ремешке|Reloj minimalista con correa de cuero"),
        leaf("watch-bands",
             "Watch Bands|表带|Ремешки для часов|Correas de reloj|Pulseiras de relógio|"
             "Bracelets de montre",
             "911390", (20, 60), (15, 8, 2), (199, 1499),
             "Silicone Sport Watch Band 22mm|22mm硅胶运动表带|Силиконовый спортивный ремешок 22 мм|"
             "Correa deportiva de silicona 22 mm",
             "Milanese Loop Stainless Band|米兰尼斯不锈钢表带|"
             "Миланский браслет из нержавеющей стали|Correa milanesa de acero inoxidable"),
    ),
)

TREE["consumer-electronics"] = (
    branch(
        "portable-audio",
        "Portable Audio|便携音频|Портативное аудио|Audio portátil|Áudio portátil|Audio portable",
        (COLOUR,),
        leaf("wireless-earbuds",
             "Wireless Earbuds|无线耳机|Беспроводные наушники|Auriculares inalámbricos|"
             "Fones sem fio|Écouteurs sans fil",
             "851830", (50, 120), (10, 10, 5), (999, 4999),
             "Bluetooth 5.3 TWS Earbuds with Noise Cancelling|蓝牙5.3主动降噪TWS耳机|"
             "TWS-наушники Bluetooth 5.3 с шумоподавлением|"
             "Auriculares TWS Bluetooth 5.3 con cancelación de ruido",
             "Sports Ear Hook Wireless Headphones|运动挂耳式无线耳机|"
             "Спортивные беспроводные наушники с заушиной|"
             "Auriculares inalámbricos deportivos con gancho"),
        leaf("bluetooth-speakers",
             "Bluetooth Speakers|蓝牙音箱|Bluetooth-колонки|Altavoces Bluetooth|"
             "Caixas de som Bluetooth|Enceintes Bluetooth",
             "851822", (300, 900), (20, 12, 10), (1299, 5999),
             "Portable Waterproof Bluetooth Speaker|便携防水蓝牙音箱|"
             "Портативная водонепроницаемая колонка Bluetooth|"
             "Altavoz Bluetooth portátil resistente al agua",
             "RGB Party Speaker with Subwoofer|RGB低音炮派对音箱|"
             "Колонка для вечеринок с сабвуфером и RGB|Altavoz de fiesta RGB con subwoofer"),
    ),
    branch(
        "smart-electronics",
        "Smart Electronics|智能电子|Умная электроника|Electrónica inteligente|"
        "Eletrônicos inteligentes|Électronique intelligente",
        (COLOUR,),
        leaf("smart-watches",
             "Smart Watches|智能手表|Умные часы|Relojes inteligentes|Relógios inteligentes|"
             "Montres connectées",
             "851762", (60, 150), (12, 10, 8), (1999, 7999),
             "AMOLED Fitness Smart Watch|AMOLED运动智能手表|Фитнес смарт-часы AMOLED|"
             "Reloj inteligente deportivo AMOLED",
             "Bluetooth Call Smart Watch|蓝牙通话智能手表|Смарт-часы с Bluetooth-звонками|"
             "Reloj inteligente con llamadas Bluetooth"),
        leaf("smart-bands",
             "Smart Bands|智能手环|Фитнес-браслеты|Pulseras inteligentes|Pulseiras inteligentes|"
             "Bracelets connectés",
             "851762", (30, 80), (10, 8, 5), (999, 3999),
             "Waterproof Fitness Tracker Band|防水运动手环|Водонепроницаемый фитнес-браслет|"
             "Pulsera de actividad resistente al agua",
             "Sleep Tracking Smart Bracelet|睡眠监测智能手环|Умный браслет с отслеживанием сна|"
             "Pulsera inteligente con registro del sueño"),
    ),
    branch(
        "power-charging",
        "Power & Charging|电源充电|Питание и зарядка|Energía y carga|Energia e carregamento|"
        "Alimentation et charge",
        (COLOUR, CAPACITY),
        leaf("power-banks",
             "Power Banks|移动电源|Внешние аккумуляторы|Baterías externas|"
             "Carregadores portáteis|Batteries externes",
             "850760", (200, 450), (15, 8, 3), (1299, 4999),
             "Fast Charging Power Bank with Display|带显示屏快充移动电源|"
             "Внешний аккумулятор с дисплеем и быстрой зарядкой|"
             "Batería externa de carga rápida con pantalla",
             "Magnetic Wireless Power Bank|磁吸无线充电宝|"
             "Магнитный беспроводной внешний аккумулятор|Batería externa inalámbrica magnética"),
        leaf("wireless-chargers",
             "Wireless Chargers|无线充电器|Беспроводные зарядки|Cargadores inalámbricos|"
             "Carregadores sem fio|Chargeurs sans fil",
             "850440", (80, 200), (12, 12, 3), (699, 2999),
             "15W Wireless Charging Pad|15W无线充电板|Беспроводная зарядка 15 Вт|"
             "Base de carga inalámbrica 15 W",
             "3 in 1 Wireless Charging Station|三合一无线充电座|"
             "Беспроводная зарядная станция 3 в 1|Estación de carga inalámbrica 3 en 1"),
    ),
    branch(
        "camera-photo",
        "Camera & Photo|相机摄影|Фото и видео|Cámaras y fotografía|Câmeras e fotografia|"
        "Photo et vidéo",
        (COLOUR,),
        leaf("action-cameras",
             "Action Cameras|运动相机|Экшн-камеры|Cámaras deportivas|Câmeras de ação|"
             "Caméras d'action",
             "852589", (100, 250), (15, 10, 8), (3999, 14999),
             "4K Waterproof Action Camera|4K防水运动相机|Водонепроницаемая экшн-камера 4K|"
             "Cámara deportiva 4K resistente al agua",
             "Helmet Mount Sports Camera|头盔运动相机|"
             "Спортивная камера с креплением на шлем|Cámara deportiva para casco"),
        leaf("tripods-selfie-sticks",
             "Tripods & Selfie Sticks|三脚架自拍杆|Штативы и моноподы|Trípodes y palos selfie|"
             "Tripés e paus de selfie|Trépieds et perches à selfie",
             "962000", (200, 600), (40, 8, 8), (499, 2999),
             "Bluetooth Selfie Stick Tripod|蓝牙自拍杆三脚架|Селфи-палка трипод с Bluetooth|"
             "Palo selfie trípode Bluetooth",
             "Aluminium Camera Tripod 1.6m|1.6米铝合金相机三脚架|"
             "Алюминиевый штатив для камеры 1,6 м|Trípode de aluminio para cámara 1,6 m"),
    ),
)

TREE["computer-office"] = (
    branch(
        "computer-peripherals",
        "Computer Peripherals|电脑外设|Периферия|Periféricos|Periféricos|Périphériques",
        (COLOUR,),
        leaf("keyboards", "Keyboards|键盘|Клавиатуры|Teclados|Teclados|Claviers",
             "847160", (600, 1100), (45, 16, 5), (1999, 7999),
             "Hot Swappable Mechanical Keyboard|热插拔机械键盘|"
             "Механическая клавиатура с горячей заменой|Teclado mecánico hot swap",
             "Wireless Slim Keyboard|无线超薄键盘|Беспроводная тонкая клавиатура|"
             "Teclado inalámbrico delgado"),
        leaf("mice", "Mice|鼠标|Компьютерные мыши|Ratones|Mouses|Souris",
             "847160", (60, 150), (15, 9, 5), (499, 2999),
             "Wireless Ergonomic Vertical Mouse|无线人体工学垂直鼠标|"
             "Беспроводная эргономичная вертикальная мышь|Ratón vertical ergonómico inalámbrico",
             "RGB Gaming Mouse 12000 DPI|12000DPI RGB游戏鼠标|Игровая мышь RGB 12000 DPI|"
             "Ratón gaming RGB 12000 DPI"),
        leaf("usb-hubs", "USB Hubs|USB扩展坞|USB-хабы|Hubs USB|Hubs USB|Hubs USB",
             "847330", (50, 150), (12, 6, 2), (799, 3999),
             "USB-C 7 in 1 Docking Station|Type-C七合一扩展坞|USB-C док-станция 7 в 1|"
             "Estación de acoplamiento USB-C 7 en 1",
             "4 Port USB 3.0 Hub|四口USB3.0集线器|USB 3.0 хаб на 4 порта|"
             "Hub USB 3.0 de 4 puertos"),
    ),
    branch(
        "storage-devices",
        "Storage Devices|存储设备|Накопители|Almacenamiento|Armazenamento|Stockage",
        (STORAGE,),
        leaf("usb-flash-drives",
             "USB Flash Drives|U盘|USB-флешки|Memorias USB|Pen drives|Clés USB",
             "852351", (10, 30), (8, 5, 2), (299, 1999),
             "Metal USB 3.0 Flash Drive|金属USB3.0 U盘|Металлическая флешка USB 3.0|"
             "Memoria USB 3.0 metálica",
             "Dual USB-C Pen Drive|双接口Type-C U盘|Флешка с двумя разъёмами USB-C|"
             "Pendrive doble USB-C"),
        leaf("internal-ssd",
             "Internal SSDs|固态硬盘|Твердотельные накопители SSD|Discos SSD|SSDs|SSD internes",
             "847170", (10, 60), (12, 8, 2), (1999, 9999),
             "NVMe M.2 SSD|NVMe M.2固态硬盘|SSD-накопитель NVMe M.2|SSD NVMe M.2",
             "2.5 Inch SATA III SSD|2.5英寸SATA3固态硬盘|SSD 2,5 дюйма SATA III|"
             "SSD SATA III de 2,5 pulgadas"),
        leaf("memory-cards",
             "Memory Cards|存储卡|Карты памяти|Tarjetas de memoria|Cartões de memória|"
             "Cartes mémoire",
             "852351", (2, 10), (8, 5, 1), (299, 2999),
             "Micro SD Card Class 10|Class10 TF存储卡|Карта памяти microSD Class 10|"
             "Tarjeta micro SD clase 10",
             "High Speed SD Card for Cameras|相机高速SD卡|Скоростная SD-карта для камер|"
             "Tarjeta SD de alta velocidad para cámaras"),
    ),
    branch(
        "office-electronics",
        "Office Electronics|办公电子|Офисная техника|Electrónica de oficina|"
        "Eletrônicos de escritório|Électronique de bureau",
        (COLOUR,),
        leaf("mini-pcs", "Mini PCs|迷你主机|Мини-ПК|Mini PC|Mini PCs|Mini PC",
             "847150", (400, 900), (18, 15, 8), (9999, 29999),
             "Quad Core Mini PC Windows 11|四核迷你电脑主机|Четырёхъядерный мини-ПК Windows 11|"
             "Mini PC de cuatro núcleos con Windows 11",
             "Fanless Industrial Mini Computer|无风扇工控迷你电脑|"
             "Безвентиляторный промышленный мини-компьютер|"
             "Mini ordenador industrial sin ventilador"),
        leaf("laptop-stands",
             "Laptop Stands|笔记本支架|Подставки для ноутбуков|Soportes para portátil|"
             "Suportes para notebook|Supports pour ordinateur portable",
             "761699", (300, 800), (28, 22, 4), (999, 3999),
             "Adjustable Aluminium Laptop Stand|可调节铝合金笔记本支架|"
             "Регулируемая алюминиевая подставка для ноутбука|"
             "Soporte ajustable de aluminio para portátil",
             "Foldable Portable Laptop Riser|折叠便携笔记本增高架|"
             "Складная портативная подставка для ноутбука|Elevador plegable para portátil"),
    ),
)

TREE["home-garden"] = (
    branch(
        "kitchen-dining",
        "Kitchen, Dining & Bar|厨房餐饮|Кухня и столовая|Cocina y comedor|Cozinha e jantar|"
        "Cuisine et salle à manger",
        (COLOUR, HOME_MATERIAL),
        leaf("kitchen-storage",
             "Kitchen Storage|厨房收纳|Хранение на кухне|Almacenamiento de cocina|"
             "Organização de cozinha|Rangement de cuisine",
             "392410", (200, 800), (30, 20, 15), (599, 2999),
             "Airtight Food Storage Containers Set|密封食品保鲜盒套装|"
             "Набор герметичных контейнеров для продуктов|"
             "Set de recipientes herméticos para alimentos",
             "Rotating Spice Rack Organizer|旋转调料架|Вращающаяся подставка для специй|"
             "Especiero giratorio organizador"),
        leaf("kitchen-tools",
             "Kitchen Tools & Gadgets|厨房小工具|Кухонные принадлежности|Utensilios de cocina|"
             "Utensílios de cozinha|Ustensiles de cuisine",
             "732393", (50, 300), (25, 10, 5), (199, 1999),
             "Stainless Steel Vegetable Chopper|不锈钢切菜器|Овощерезка из нержавеющей стали|"
             "Picador de verduras de acero inoxidable",
             "Silicone Cooking Utensils Set|硅胶厨具套装|"
             "Набор силиконовых кухонных принадлежностей|Set de utensilios de cocina de silicona"),
        leaf("drinkware",
             "Drinkware|水杯|Посуда для напитков|Vasos y termos|Copos e garrafas|"
             "Verres et gourdes",
             "961700", (250, 500), (25, 9, 9), (799, 2999),
             "Vacuum Insulated Water Bottle|真空保温水杯|Термобутылка с вакуумной изоляцией|"
             "Botella de agua con aislamiento al vacío",
             "Glass Coffee Mug with Lid|带盖玻璃咖啡杯|Стеклянная кофейная кружка с крышкой|"
             "Taza de café de vidrio con tapa"),
    ),
    branch(
        "home-decor",
        "Home Decor|家居装饰|Декор для дома|Decoración del hogar|Decoração|Décoration",
        (COLOUR,),
        leaf("wall-stickers",
             "Wall Stickers|墙贴|Наклейки на стену|Vinilos decorativos|Adesivos de parede|"
             "Stickers muraux",
             "391990", (50, 200), (35, 8, 8), (199, 1499),
             "Removable Vinyl Wall Decal|可移除乙烯基墙贴|Съёмная виниловая наклейка на стену|"
             "Vinilo adhesivo de pared extraíble",
             "Luminous Star Wall Stickers|夜光星星墙贴|Светящиеся наклейки-звёзды|"
             "Pegatinas de estrellas luminosas"),
        leaf("artificial-flowers",
             "Artificial Flowers|仿真花|Искусственные цветы|Flores artificiales|"
             "Flores artificiais|Fleurs artificielles",
             "670290", (30, 200), (40, 15, 10), (99, 1999),
             "Silk Peony Artificial Flowers Bouquet|丝绸牡丹仿真花束|"
             "Букет искусственных пионов из шёлка|Ramo de peonías artificiales de seda",
             "Eucalyptus Artificial Plant Stems|仿真尤加利叶枝|Искусственные ветки эвкалипта|"
             "Tallos de eucalipto artificial"),
        leaf("cushion-covers",
             "Cushion Covers|抱枕套|Наволочки для декоративных подушек|Fundas de cojín|"
             "Capas de almofada|Housses de coussin",
             "630492", (80, 150), (25, 20, 2), (199, 999),
             "Velvet Throw Pillow Cover 45x45|45x45天鹅绒抱枕套|Бархатная наволочка 45x45|"
             "Funda de cojín de terciopelo 45x45",
             "Boho Linen Cushion Cover|波西米亚亚麻抱枕套|Льняная наволочка в стиле бохо|"
             "Funda de cojín de lino bohemia"),
    ),
    branch(
        "garden-supplies",
        "Garden Supplies|园艺用品|Товары для сада|Jardinería|Jardinagem|Jardinage",
        (COLOUR,),
        leaf("planters",
             "Flower Pots & Planters|花盆|Цветочные горшки|Macetas|Vasos para plantas|"
             "Pots de fleurs",
             "392490", (150, 800), (20, 20, 18), (299, 1999),
             "Self Watering Plastic Planter|自动吸水塑料花盆|Пластиковый горшок с автополивом|"
             "Maceta de plástico con autorriego",
             "Hanging Macrame Plant Holder|悬挂编织花盆吊篮|Подвесное кашпо макраме|"
             "Colgador de plantas de macramé"),
        leaf("garden-tools",
             "Garden Tools|园艺工具|Садовые инструменты|Herramientas de jardín|"
             "Ferramentas de jardinagem|Outils de jardin",
             "820190", (200, 800), (35, 12, 5), (499, 2999),
             "Garden Hand Tool Set 3 Pieces|园艺手工具三件套|Набор садовых инструментов 3 предмета|"
             "Set de herramientas de jardín de 3 piezas",
             "Bypass Pruning Shears|修枝剪|Секатор плоскостной|Tijeras de podar de paso"),
        leaf("watering-irrigation",
             "Watering & Irrigation|浇水灌溉|Полив и орошение|Riego|Irrigação|Arrosage",
             "848180", (100, 600), (25, 15, 10), (299, 2499),
             "Adjustable Garden Hose Spray Nozzle|可调园艺水枪喷头|"
             "Регулируемый распылитель для садового шланга|"
             "Boquilla de pulverización ajustable para manguera",
             "Drip Irrigation Kit|滴灌套装|Набор для капельного полива|Kit de riego por goteo"),
    ),
)

TREE["automobiles-motorcycles"] = (
    branch(
        "car-electronics",
        "Car Electronics|汽车电子|Автоэлектроника|Electrónica para coche|"
        "Eletrônicos automotivos|Électronique auto",
        (VOLTAGE,),
        leaf("dash-cams",
             "Dash Cams|行车记录仪|Видеорегистраторы|Cámaras para coche|Câmeras veiculares|"
             "Caméras embarquées",
             "852589", (100, 250), (15, 10, 8), (1999, 7999),
             "1080P Dash Cam Front and Rear|1080P前后双录行车记录仪|"
             "Видеорегистратор 1080P с двумя камерами|Cámara de coche 1080P delantera y trasera",
             "WiFi Mini Car DVR|WiFi迷你行车记录仪|Мини-видеорегистратор с Wi-Fi|"
             "Mini DVR para coche con WiFi"),
        leaf("car-chargers-holders",
             "Car Chargers & Holders|车载充电支架|Автомобильные зарядки и держатели|"
             "Cargadores y soportes para coche|Carregadores e suportes veiculares|"
             "Chargeurs et supports auto",
             "850440", (50, 200), (12, 8, 6), (299, 1999),
             "Dual USB Fast Car Charger|双USB车载快充|"
             "Автомобильное зарядное устройство с двумя USB|Cargador de coche rápido doble USB",
             "Magnetic Phone Holder for Car|车载磁吸手机支架|"
             "Магнитный держатель телефона в машину|Soporte magnético de móvil para coche"),
    ),
    branch(
        "auto-replacement-parts",
        "Auto Replacement Parts|汽车配件|Автозапчасти|Repuestos de coche|Peças automotivas|"
        "Pièces auto",
        (CAR_MODEL,),
        leaf("brake-pads",
             "Brake Pads|刹车片|Тормозные колодки|Pastillas de freno|Pastilhas de freio|"
             "Plaquettes de frein",
             "870830", (800, 2000), (20, 15, 8), (1499, 4999),
             "Ceramic Front Brake Pads Set|陶瓷前刹车片套装|"
             "Комплект керамических передних тормозных колодок|"
             "Juego de pastillas de freno delanteras cerámicas",
             "Rear Disc Brake Pads|后盘式刹车片|Задние дисковые тормозные колодки|"
             "Pastillas de freno de disco traseras"),
        leaf("car-filters", "Filters|滤清器|Фильтры|Filtros|Filtros|Filtres",
             "842131", (150, 600), (25, 20, 6), (399, 1999),
             "Engine Air Filter|发动机空气滤清器|Воздушный фильтр двигателя|"
             "Filtro de aire del motor",
             "Cabin Air Filter with Activated Carbon|活性炭空调滤芯|"
             "Салонный фильтр с активированным углём|Filtro de habitáculo con carbón activado"),
        leaf("led-headlights",
             "LED Headlight Bulbs|LED大灯|Светодиодные лампы для фар|Bombillas LED para faros|"
             "Lâmpadas LED para faróis|Ampoules LED pour phares",
             "851220", (150, 400), (15, 10, 8), (1299, 4999),
             "H4 LED Headlight Bulbs 6000K|H4 LED车灯6000K|Светодиодные лампы H4 6000K|"
             "Bombillas LED H4 para faros 6000K",
             "H7 Canbus LED Headlight Kit|H7解码LED大灯套装|"
             "Комплект светодиодных ламп H7 Canbus|Kit de faros LED H7 Canbus"),
    ),
    branch(
        "interior-accessories",
        "Interior Accessories|汽车内饰|Аксессуары для салона|Accesorios interiores|"
        "Acessórios internos|Accessoires intérieurs",
        (COLOUR,),
        leaf("seat-covers",
             "Seat Covers|座椅套|Чехлы на сиденья|Fundas de asiento|Capas de banco|"
             "Housses de siège",
             "630493", (800, 1800), (40, 30, 12), (1999, 5999),
             "Universal PU Leather Car Seat Covers|通用PU皮汽车座椅套|"
             "Универсальные чехлы на сиденья из экокожи|"
             "Fundas universales de asiento de piel sintética",
             "Breathable Mesh Seat Cushion|透气网布座垫|Дышащая сетчатая накидка на сиденье|"
             "Cojín de asiento de malla transpirable"),
        leaf("steering-wheel-covers",
             "Steering Wheel Covers|方向盘套|Оплётки на руль|Fundas de volante|"
             "Capas de volante|Couvre-volants",
             "870899", (200, 400), (30, 30, 6), (499, 1999),
             "Microfiber Leather Steering Wheel Cover|超纤皮方向盘套|"
             "Оплётка на руль из микрофибры|Funda de volante de microfibra",
             "Anti-Slip Silicone Steering Wheel Cover|防滑硅胶方向盘套|"
             "Нескользящая силиконовая оплётка на руль|"
             "Funda de volante antideslizante de silicona"),
    ),
    branch(
        "motorcycle-accessories",
        "Motorcycle Accessories & Parts|摩托车配件|Мотоаксессуары и запчасти|"
        "Accesorios y repuestos de moto|Acessórios e peças para moto|Accessoires et pièces moto",
        (COLOUR,),
        leaf("motorcycle-gloves",
             "Motorcycle Gloves|摩托车手套|Мотоперчатки|Guantes de moto|Luvas de moto|Gants moto",
             "621600", (100, 250), (25, 12, 4), (799, 2999),
             "Touch Screen Motorcycle Riding Gloves|触屏摩托骑行手套|"
             "Мотоперчатки с поддержкой сенсорного экрана|Guantes de moto táctiles",
             "Carbon Knuckle Racing Gloves|碳纤维护指赛车手套|"
             "Гоночные перчатки с карбоновой защитой|"
             "Guantes de carreras con protección de carbono"),
        leaf("motorcycle-mirrors",
             "Motorcycle Mirrors|摩托车后视镜|Зеркала для мотоцикла|Espejos de moto|"
             "Retrovisores de moto|Rétroviseurs moto",
             "871410", (200, 500), (25, 15, 8), (699, 2499),
             "CNC Aluminium Bar End Mirrors|CNC铝合金把端后视镜|"
             "Зеркала на концы руля из алюминия CNC|Espejos de extremo de manillar de aluminio CNC",
             "Universal Motorcycle Rearview Mirrors|通用摩托车后视镜|"
             "Универсальные зеркала заднего вида для мотоцикла|Retrovisores universales de moto"),
    ),
)

TREE["lights-lighting"] = (
    branch(
        "led-lighting",
        "LED Lighting|LED照明|Светодиодное освещение|Iluminación LED|Iluminação LED|"
        "Éclairage LED",
        (LIGHT_COLOUR, POWER),
        leaf("led-bulbs",
             "LED Bulbs|LED灯泡|Светодиодные лампы|Bombillas LED|Lâmpadas LED|Ampoules LED",
             "853952", (30, 80), (12, 7, 7), (99, 599),
             "E27 LED Bulb Energy Saving|E27节能LED灯泡|Энергосберегающая светодиодная лампа E27|"
             "Bombilla LED E27 de bajo consumo",
             "Smart WiFi RGB Bulb|智能WiFi RGB灯泡|Умная RGB-лампа с Wi-Fi|"
             "Bombilla RGB inteligente WiFi"),
        leaf("led-strips",
             "LED Strips|LED灯带|Светодиодные ленты|Tiras LED|Fitas LED|Rubans LED",
             "940542", (100, 300), (15, 15, 4), (399, 2499),
             "5050 RGB LED Strip with Remote|5050 RGB遥控LED灯带|"
             "Светодиодная лента 5050 RGB с пультом|Tira LED 5050 RGB con mando",
             "USB TV Backlight LED Strip|USB电视背光灯带|USB-подсветка для телевизора|"
             "Tira LED USB de retroiluminación para TV"),
    ),
    branch(
        "indoor-lighting",
        "Indoor Lighting|室内照明|Внутреннее освещение|Iluminación interior|Iluminação interna|"
        "Éclairage intérieur",
        (LIGHT_COLOUR,),
        leaf("pendant-lights",
             "Pendant Lights|吊灯|Подвесные светильники|Lámparas colgantes|Pendentes|Suspensions",
             "940511", (800, 3000), (40, 40, 25), (2999, 12999),
             "Modern Nordic Pendant Light|现代北欧吊灯|"
             "Современный подвесной светильник в скандинавском стиле|"
             "Lámpara colgante nórdica moderna",
             "Crystal Chandelier for Living Room|客厅水晶吊灯|Хрустальная люстра для гостиной|"
             "Lámpara de araña de cristal para salón"),
        leaf("table-lamps",
             "Table Lamps|台灯|Настольные лампы|Lámparas de mesa|Luminárias de mesa|"
             "Lampes de table",
             "940521", (400, 1200), (30, 20, 15), (1299, 4999),
             "LED Desk Lamp with Wireless Charger|带无线充电LED台灯|"
             "Настольная LED-лампа с беспроводной зарядкой|"
             "Lámpara de escritorio LED con cargador inalámbrico",
             "Rechargeable Touch Bedside Lamp|充电触摸床头灯|Аккумуляторный сенсорный ночник|"
             "Lámpara de noche táctil recargable"),
        leaf("night-lights",
             "Night Lights|小夜灯|Ночники|Luces nocturnas|Luzes noturnas|Veilleuses",
             "940542", (50, 200), (10, 10, 8), (199, 1499),
             "Motion Sensor LED Night Light|人体感应LED小夜灯|"
             "Светодиодный ночник с датчиком движения|Luz nocturna LED con sensor de movimiento",
             "Moon Lamp 3D Print|3D打印月球灯|Лампа-луна с 3D-печатью|"
             "Lámpara de luna impresa en 3D"),
    ),
    branch(
        "outdoor-lighting",
        "Outdoor Lighting|户外照明|Уличное освещение|Iluminación exterior|Iluminação externa|"
        "Éclairage extérieur",
        (LIGHT_COLOUR,),
        leaf("solar-lights",
             "Solar Lights|太阳能灯|Солнечные светильники|Luces solares|Luzes solares|"
             "Lampes solaires",
             "940541", (200, 800), (25, 15, 10), (799, 3999),
             "Solar Garden Pathway Lights|太阳能花园草坪灯|"
             "Садовые светильники на солнечных батареях|Luces solares para camino de jardín",
             "Solar Motion Sensor Wall Light|太阳能感应壁灯|"
             "Настенный солнечный светильник с датчиком движения|"
             "Aplique solar con sensor de movimiento"),
        leaf("string-lights",
             "String Lights|灯串|Гирлянды|Guirnaldas de luces|Cordões de luz|"
             "Guirlandes lumineuses",
             "940531", (100, 400), (20, 15, 8), (299, 1999),
             "Fairy Copper Wire String Lights 10m|10米铜线仙女灯串|"
             "Гирлянда на медной проволоке 10 м|Guirnalda de luces de alambre de cobre 10 m",
             "Curtain Icicle Lights|窗帘冰条灯|Гирлянда-штора сосульки|"
             "Luces de cortina de carámbanos"),
        leaf("flashlights",
             "Flashlights|手电筒|Фонарики|Linternas|Lanternas|Lampes torches",
             "851310", (100, 300), (18, 6, 6), (499, 2499),
             "Zoomable Rechargeable LED Flashlight|可变焦充电LED手电筒|"
             "Аккумуляторный светодиодный фонарь с зумом|Linterna LED recargable con zoom",
             "Rechargeable LED Headlamp|充电LED头灯|Аккумуляторный налобный фонарь|"
             "Linterna frontal LED recargable"),
    ),
)

TREE["toys-hobbies"] = (
    branch(
        "building-toys",
        "Building & Construction Toys|积木拼插|Конструкторы|Juegos de construcción|"
        "Brinquedos de montar|Jeux de construction",
        (),
        leaf("building-blocks",
             "Building Blocks|积木|Блочные конструкторы|Bloques de construcción|"
             "Blocos de montar|Briques de construction",
             "950300", (200, 1200), (30, 20, 8), (999, 4999),
             "City Building Blocks Set 500 Pieces|城市积木套装500片|Конструктор город 500 деталей|"
             "Set de bloques de construcción ciudad 500 piezas",
             "Technic Racing Car Bricks|科技赛车积木|Конструктор гоночная машина|"
             "Bloques de coche de carreras técnico"),
        leaf("magnetic-tiles",
             "Magnetic Tiles|磁力片|Магнитные конструкторы|Bloques magnéticos|"
             "Blocos magnéticos|Tuiles magnétiques",
             "950300", (500, 1500), (30, 25, 10), (1499, 4999),
             "Magnetic Building Tiles 60 Pieces|磁力片积木60片|Магнитный конструктор 60 деталей|"
             "Bloques magnéticos de construcción 60 piezas",
             "Magnetic Ball Track Set|磁力管道积木套装|"
             "Магнитный конструктор с трассой для шариков|Set de pista de bolas magnética"),
    ),
    branch(
        "remote-control-toys",
        "Remote Control Toys|遥控玩具|Радиоуправляемые игрушки|Juguetes teledirigidos|"
        "Brinquedos de controle remoto|Jouets télécommandés",
        (COLOUR,),
        leaf("rc-cars",
             "RC Cars|遥控车|Радиоуправляемые машины|Coches teledirigidos|"
             "Carrinhos de controle remoto|Voitures télécommandées",
             "950300", (500, 1500), (35, 20, 15), (1999, 7999),
             "1:16 High Speed Off-Road RC Car|1:16高速越野遥控车|"
             "Радиоуправляемая внедорожная машина 1:16|"
             "Coche teledirigido todoterreno 1:16 de alta velocidad",
             "Stunt RC Car 360 Rotation|360度翻滚特技遥控车|"
             "Трюковая машинка на пульте с поворотом на 360°|"
             "Coche teledirigido acrobático con giro 360"),
        leaf("drones", "Drones|无人机|Дроны|Drones|Drones|Drones",
             "880621", (150, 400), (25, 20, 8), (2999, 9999),
             "Foldable Mini Drone with 4K Camera|4K摄像头折叠迷你无人机|"
             "Складной мини-дрон с камерой 4K|Mini dron plegable con cámara 4K",
             "Beginner Quadcopter with Altitude Hold|定高入门四轴飞行器|"
             "Квадрокоптер для начинающих с удержанием высоты|"
             "Cuadricóptero para principiantes con mantenimiento de altitud"),
    ),
    branch(
        "learning-education",
        "Learning & Education|益智玩具|Развивающие игрушки|Juguetes educativos|"
        "Brinquedos educativos|Jouets éducatifs",
        (),
        leaf("puzzles", "Puzzles|拼图|Пазлы|Puzles|Quebra-cabeças|Puzzles",
             "950300", (200, 600), (28, 20, 5), (599, 1999),
             "1000 Piece Jigsaw Puzzle|1000片拼图|Пазл 1000 деталей|Puzle de 1000 piezas",
             "Wooden 3D Puzzle Model|木质3D立体拼图模型|Деревянный 3D-пазл модель|"
             "Maqueta de puzle 3D de madera"),
        leaf("montessori-toys",
             "Montessori Toys|蒙氏早教玩具|Игрушки Монтессори|Juguetes Montessori|"
             "Brinquedos Montessori|Jouets Montessori",
             "950300", (200, 800), (25, 20, 8), (599, 2499),
             "Wooden Montessori Busy Board|木质蒙氏忙碌板|Деревянный бизиборд Монтессори|"
             "Tablero sensorial Montessori de madera",
             "Shape Sorting Counting Toy|形状配对数数玩具|Сортер с фигурами и счётом|"
             "Juguete de clasificación de formas y conteo"),
        leaf("fidget-toys",
             "Fidget & Stress Toys|解压玩具|Антистресс игрушки|Juguetes antiestrés|"
             "Brinquedos antiestresse|Jouets anti-stress",
             "950300", (20, 80), (10, 10, 4), (49, 499),
             "Push Pop Bubble Fidget Toy|按压泡泡解压玩具|Антистресс-игрушка поп-ит|"
             "Juguete antiestrés pop burbujas",
             "Squishy Slow Rising Toy|慢回弹捏捏乐|Медленно восстанавливающийся сквиш|"
             "Juguete squishy de lenta recuperación"),
    ),
)

TREE["arts-crafts-sewing"] = (
    branch(
        "beads-jewelry-making",
        "Beads & Jewelry Making|串珠首饰制作|Бусины и бижутерия своими руками|"
        "Abalorios y bisutería|Miçangas e bijuteria|Perles et création de bijoux",
        (COLOUR,),
        leaf("beads", "Beads|珠子|Бусины|Cuentas|Miçangas|Perles",
             "701810", (50, 200), (15, 10, 3), (99, 599),
             "Czech Glass Seed Beads|捷克玻璃米珠|Чешский стеклянный бисер|"
             "Cuentas de cristal checas",
             "Acrylic Letter Beads|亚克力字母珠|Акриловые бусины с буквами|"
             "Cuentas de letras acrílicas"),
        leaf("jewelry-findings",
             "Jewelry Findings|饰品配件|Фурнитура для бижутерии|Fornituras para bisutería|"
             "Acessórios para bijuteria|Apprêts pour bijoux",
             "830890", (20, 100), (12, 8, 2), (99, 599),
             "Lobster Clasp Jump Rings Kit|龙虾扣开口圈套装|"
             "Набор карабинов и соединительных колец|Kit de cierres de langosta y anillas",
             "Earring Hooks and Backs 200pcs|耳钩耳堵200个|Швензы и заглушки для серёг 200 шт.|"
             "Ganchos y cierres para pendientes 200 piezas"),
    ),
    branch(
        "sewing",
        "Sewing|缝纫|Шитьё|Costura|Costura|Couture",
        (COLOUR,),
        leaf("fabric", "Fabric|面料布料|Ткани|Telas|Tecidos|Tissus",
             "520852", (100, 400), (30, 25, 2), (299, 1999),
             "Printed Cotton Quilting Fabric|印花纯棉拼布面料|"
             "Хлопковая ткань с принтом для пэчворка|Tela de algodón estampada para patchwork",
             "Soft Minky Fleece Fabric|柔软水晶超柔布料|Мягкая ткань минки|Tela polar minky suave"),
        leaf("sewing-notions",
             "Sewing Notions|缝纫辅料|Швейная фурнитура|Mercería|Aviamentos|Mercerie",
             "960621", (20, 150), (12, 10, 3), (99, 799),
             "Resin Sewing Buttons Mixed|混色树脂纽扣|Пуговицы из смолы ассорти|"
             "Botones de resina surtidos",
             "Sewing Kit with Needles and Thread|针线包套装|Швейный набор с иглами и нитками|"
             "Kit de costura con agujas e hilo"),
        leaf("embroidery", "Embroidery|刺绣|Вышивка|Bordado|Bordado|Broderie",
             "630800", (100, 300), (30, 22, 2), (499, 1999),
             "Stamped Cross Stitch Kit|印花十字绣套件|"
             "Набор для вышивки крестом с нанесённой схемой|Kit de punto de cruz estampado",
             "Beginner Embroidery Kit with Hoop|带绷子初学者刺绣套件|"
             "Набор для вышивки с пяльцами для начинающих|"
             "Kit de bordado para principiantes con bastidor"),
    ),
    branch(
        "painting-supplies",
        "Painting Supplies|绘画用品|Товары для рисования|Pintura|Pintura|Peinture",
        (),
        leaf("diamond-painting",
             "Diamond Painting|钻石画|Алмазная мозаика|Pintura de diamantes|Pintura de diamante|"
             "Broderie diamant",
             "392690", (200, 500), (35, 6, 6), (399, 1999),
             "5D Diamond Painting Kit Full Drill|5D满钻钻石画套件|"
             "Алмазная мозаика 5D полная выкладка|Kit de pintura de diamantes 5D completo",
             "Round Drill Landscape Diamond Art|圆钻风景钻石画|"
             "Алмазная мозаика пейзаж круглые стразы|Arte de diamantes paisaje taladro redondo"),
        leaf("paint-by-numbers",
             "Paint by Numbers|数字油画|Картины по номерам|Pintar por números|"
             "Pintura por números|Peinture par numéros",
             "321310", (300, 700), (42, 32, 3), (599, 2499),
             "Paint by Numbers Kit on Canvas 40x50|40x50帆布数字油画|"
             "Картина по номерам на холсте 40x50|Kit de pintar por números en lienzo 40x50",
             "Acrylic Paint by Number Flowers|丙烯数字油画花卉|Картина по номерам акрилом цветы|"
             "Pintar por números flores acrílico"),
    ),
)

TREE["sports-entertainment"] = (
    branch(
        "fishing",
        "Fishing|钓鱼|Рыбалка|Pesca|Pesca|Pêche",
        (COLOUR,),
        leaf("fishing-lures",
             "Fishing Lures|路亚饵|Приманки|Señuelos de pesca|Iscas artificiais|Leurres de pêche",
             "950790", (5, 50), (12, 6, 3), (99, 799),
             "Soft Plastic Fishing Lures|软饵路亚|Мягкие силиконовые приманки|"
             "Señuelos blandos de plástico",
             "Metal Jig Spoon Lure|金属亮片路亚|Металлическая блесна-джиг|"
             "Cucharilla jig metálica"),
        leaf("fishing-reels",
             "Fishing Reels|渔线轮|Рыболовные катушки|Carretes de pesca|Molinetes|Moulinets",
             "950730", (250, 450), (15, 12, 10), (1499, 5999),
             "Spinning Fishing Reel 5.2:1|5.2:1纺车渔线轮|Безынерционная катушка 5,2:1|"
             "Carrete de spinning 5,2:1",
             "Baitcasting Reel with Magnetic Brake|磁力刹车水滴轮|"
             "Мультипликаторная катушка с магнитным тормозом|"
             "Carrete de baitcasting con freno magnético"),
    ),
    branch(
        "cycling",
        "Cycling|骑行|Велоспорт|Ciclismo|Ciclismo|Cyclisme",
        (COLOUR, APPAREL_SIZE),
        leaf("cycling-jerseys",
             "Cycling Jerseys|骑行服|Велоформа|Maillots de ciclismo|Camisas de ciclismo|"
             "Maillots de cyclisme",
             "611430", (150, 300), (28, 22, 3), (999, 3999),
             "Short Sleeve Cycling Jersey Set|短袖骑行服套装|Велоформа с коротким рукавом|"
             "Conjunto de maillot de ciclismo de manga corta",
             "Breathable Quick Dry Bike Jersey|透气速干骑行服|Дышащая быстросохнущая велофутболка|"
             "Maillot de bicicleta transpirable de secado rápido"),
        leaf("bike-lights",
             "Bike Lights|自行车灯|Велосипедные фонари|Luces de bicicleta|Luzes para bicicleta|"
             "Éclairage vélo",
             "851210", (60, 200), (12, 8, 5), (399, 1999),
             "USB Rechargeable Bike Light Set|USB充电自行车灯套装|"
             "Комплект велофонарей с USB-зарядкой|Set de luces de bicicleta recargables USB",
             "Smart Brake Tail Light|智能刹车尾灯|Умный задний стоп-фонарь|"
             "Luz trasera inteligente de freno"),
    ),
    branch(
        "fitness",
        "Fitness & Body Building|健身|Фитнес и бодибилдинг|Fitness y musculación|"
        "Fitness e musculação|Fitness et musculation",
        (COLOUR,),
        leaf("yoga-mats",
             "Yoga Mats|瑜伽垫|Коврики для йоги|Esterillas de yoga|Tapetes de yoga|Tapis de yoga",
             "950691", (800, 1500), (62, 15, 15), (999, 3999),
             "Non-Slip TPE Yoga Mat 6mm|6mm防滑TPE瑜伽垫|Нескользящий коврик для йоги TPE 6 мм|"
             "Esterilla de yoga TPE antideslizante 6 mm",
             "Extra Thick NBR Exercise Mat|加厚NBR健身垫|Толстый коврик для упражнений NBR|"
             "Esterilla de ejercicio NBR extragruesa"),
        leaf("resistance-bands",
             "Resistance Bands|弹力带|Эспандеры и резинки|Bandas elásticas|Faixas elásticas|"
             "Bandes de résistance",
             "950691", (100, 500), (20, 15, 5), (299, 1999),
             "Resistance Bands Set with Handles|带手柄弹力带套装|Набор эспандеров с ручками|"
             "Set de bandas elásticas con asas",
             "Fabric Hip Booty Bands|布艺臀部弹力圈|Тканевые фитнес-резинки для ягодиц|"
             "Bandas de tela para glúteos"),
    ),
    branch(
        "camping-hiking",
        "Camping & Hiking|露营徒步|Кемпинг и походы|Camping y senderismo|Camping e trilhas|"
        "Camping et randonnée",
        (COLOUR,),
        leaf("tents", "Tents|帐篷|Палатки|Tiendas de campaña|Barracas|Tentes",
             "630622", (1500, 3500), (50, 18, 18), (2999, 12999),
             "Waterproof 2 Person Camping Tent|防水双人露营帐篷|"
             "Водонепроницаемая двухместная палатка|"
             "Tienda de campaña impermeable para 2 personas",
             "Instant Pop Up Beach Tent|速开沙滩帐篷|Пляжная палатка-автомат|"
             "Tienda de playa de apertura instantánea"),
        leaf("camping-cookware",
             "Camping Cookware|野营炊具|Туристическая посуда|Utensilios de cocina de camping|"
             "Utensílios de camping|Ustensiles de camping",
             "761510", (300, 800), (18, 18, 12), (999, 3999),
             "Aluminium Camping Cookware Set|铝合金野营锅具套装|"
             "Набор алюминиевой туристической посуды|Set de cocina de camping de aluminio",
             "Titanium Camping Mug 450ml|450毫升钛合金露营杯|Титановая туристическая кружка 450 мл|"
             "Taza de camping de titanio 450 ml"),
    ),
)

TREE["home-improvement"] = (
    branch(
        "bathroom-fixtures",
        "Bathroom Fixtures|卫浴|Сантехника для ванной|Accesorios de baño|"
        "Acessórios de banheiro|Équipement de salle de bain",
        (COLOUR,),
        leaf("shower-heads",
             "Shower Heads|花洒|Лейки для душа|Alcachofas de ducha|Chuveiros|Pommeaux de douche",
             "848180", (150, 500), (25, 12, 8), (599, 2999),
             "High Pressure Rainfall Shower Head|高压淋浴花洒|"
             "Тропическая лейка для душа с высоким давлением|"
             "Alcachofa de ducha tipo lluvia de alta presión",
             "Filtered Handheld Shower Head|过滤手持花洒|Ручная лейка для душа с фильтром|"
             "Alcachofa de ducha de mano con filtro"),
        leaf("faucets", "Faucets|水龙头|Смесители|Grifos|Torneiras|Robinets",
             "848180", (600, 1500), (30, 20, 8), (1999, 6999),
             "Pull Out Kitchen Faucet|抽拉式厨房水龙头|Кухонный смеситель с выдвижной лейкой|"
             "Grifo de cocina extraíble",
             "Waterfall Basin Mixer Tap|瀑布面盆龙头|Смеситель-водопад для раковины|"
             "Grifo mezclador cascada para lavabo"),
    ),
    branch(
        "electrical-equipment",
        "Electrical Equipment|电工电气|Электротовары|Material eléctrico|Material elétrico|"
        "Matériel électrique",
        (PLUG,),
        leaf("smart-switches",
             "Smart Switches|智能开关|Умные выключатели|Interruptores inteligentes|"
             "Interruptores inteligentes|Interrupteurs connectés",
             "853650", (80, 200), (10, 10, 5), (699, 2499),
             "WiFi Smart Wall Switch Touch Panel|WiFi智能触摸墙壁开关|"
             "Умный сенсорный выключатель Wi-Fi|Interruptor de pared inteligente WiFi táctil",
             "Smart Light Switch with App Control|手机APP控制智能灯开关|"
             "Умный выключатель света с управлением из приложения|"
             "Interruptor de luz inteligente con control por app"),
        leaf("sockets-adapters",
             "Sockets & Adapters|插座转换器|Розетки и адаптеры|Enchufes y adaptadores|"
             "Tomadas e adaptadores|Prises et adaptateurs",
             "853669", (50, 300), (12, 8, 6), (299, 1999),
             "Universal Travel Adapter with USB|带USB万能旅行转换插头|"
             "Универсальный дорожный адаптер с USB|Adaptador de viaje universal con USB",
             "Smart Plug with Energy Monitor|电量统计智能插座|"
             "Умная розетка с учётом энергопотребления|Enchufe inteligente con medidor de energía"),
    ),
    branch(
        "hardware",
        "Hardware|五金|Фурнитура|Ferretería|Ferragens|Quincaillerie",
        (COLOUR,),
        leaf("door-locks", "Door Locks|门锁|Дверные замки|Cerraduras|Fechaduras|Serrures",
             "830140", (800, 2500), (30, 20, 10), (2999, 12999),
             "Fingerprint Smart Door Lock|指纹智能门锁|"
             "Умный дверной замок с отпечатком пальца|Cerradura inteligente con huella dactilar",
             "Keyless Digital Keypad Deadbolt|免钥匙密码锁|Кодовый замок без ключа|"
             "Cerrojo digital con teclado sin llave"),
        leaf("cabinet-hardware",
             "Cabinet Hardware|橱柜五金|Мебельная фурнитура|Herrajes para muebles|"
             "Ferragens para móveis|Quincaillerie de meuble",
             "830242", (50, 500), (20, 10, 5), (199, 1999),
             "Soft Close Cabinet Hinges|阻尼橱柜铰链|Мебельные петли с доводчиком|"
             "Bisagras de cierre suave para armario",
             "Brushed Brass Drawer Pulls|拉丝黄铜抽屉拉手|Ручки для ящиков из матовой латуни|"
             "Tiradores de cajón de latón cepillado"),
    ),
)

TREE["tools"] = (
    branch(
        "power-tools",
        "Power Tools|电动工具|Электроинструменты|Herramientas eléctricas|"
        "Ferramentas elétricas|Outils électriques",
        (BATTERY, PLUG),
        leaf("cordless-drills",
             "Cordless Drills|充电钻|Аккумуляторные дрели|Taladros inalámbricos|"
             "Furadeiras sem fio|Perceuses sans fil",
             "846721", (1200, 2500), (30, 25, 10), (2999, 8999),
             "21V Brushless Cordless Drill|21V无刷充电钻|Бесщёточная аккумуляторная дрель 21 В|"
             "Taladro inalámbrico sin escobillas 21 V",
             "Impact Driver Drill Set|冲击起子钻套装|Набор ударный шуруповёрт|"
             "Set de taladro atornillador de impacto"),
        leaf("angle-grinders",
             "Angle Grinders|角磨机|Угловые шлифмашины|Amoladoras angulares|Esmerilhadeiras|"
             "Meuleuses d'angle",
             "846729", (1800, 3000), (35, 15, 12), (3499, 8999),
             "Cordless Angle Grinder 125mm|125mm充电角磨机|Аккумуляторная болгарка 125 мм|"
             "Amoladora angular inalámbrica 125 mm",
             "Variable Speed Angle Grinder|无级变速角磨机|"
             "Угловая шлифмашина с регулировкой оборотов|Amoladora angular de velocidad variable"),
    ),
    branch(
        "hand-tools",
        "Hand Tools|手动工具|Ручные инструменты|Herramientas manuales|Ferramentas manuais|"
        "Outils à main",
        (),
        leaf("screwdriver-sets",
             "Screwdriver Sets|螺丝刀套装|Наборы отвёрток|Juegos de destornilladores|"
             "Jogos de chaves de fenda|Jeux de tournevis",
             "820540", (150, 500), (20, 12, 4), (499, 2999),
             "Precision Screwdriver Set 115 in 1|115合1精密螺丝刀套装|"
             "Набор прецизионных отвёрток 115 в 1|"
             "Juego de destornilladores de precisión 115 en 1",
             "Magnetic Ratchet Screwdriver|磁性棘轮螺丝刀|Магнитная трещоточная отвёртка|"
             "Destornillador de carraca magnético"),
        leaf("wrenches", "Wrenches|扳手|Гаечные ключи|Llaves inglesas|Chaves de boca|Clés",
             "820412", (200, 1200), (30, 10, 3), (599, 2999),
             "Adjustable Wrench 8 Inch|8寸活动扳手|Разводной ключ 8 дюймов|"
             "Llave ajustable de 8 pulgadas",
             "Ratcheting Combination Wrench Set|棘轮两用扳手套装|"
             "Набор комбинированных ключей с трещоткой|Juego de llaves combinadas de carraca"),
        leaf("pliers", "Pliers|钳子|Плоскогубцы|Alicates|Alicates|Pinces",
             "820320", (150, 400), (22, 8, 3), (399, 1999),
             "Multifunction Wire Stripping Pliers|多功能剥线钳|"
             "Многофункциональные клещи для зачистки проводов|Alicates pelacables multifunción",
             "Needle Nose Pliers|尖嘴钳|Тонкогубцы|Alicates de punta fina"),
    ),
    branch(
        "measuring-tools",
        "Measurement & Analysis|测量工具|Измерительные инструменты|Herramientas de medición|"
        "Instrumentos de medição|Outils de mesure",
        (),
        leaf("multimeters", "Multimeters|万用表|Мультиметры|Multímetros|Multímetros|Multimètres",
             "903031", (200, 400), (20, 10, 6), (999, 3999),
             "Auto Ranging Digital Multimeter|自动量程数字万用表|"
             "Цифровой мультиметр с автовыбором диапазона|Multímetro digital de rango automático",
             "AC DC Clamp Meter|交直流钳形表|Токоизмерительные клещи AC/DC|"
             "Pinza amperimétrica AC DC"),
        leaf("laser-levels",
             "Laser Levels|激光水平仪|Лазерные уровни|Niveles láser|Níveis a laser|Niveaux laser",
             "901580", (400, 900), (20, 15, 10), (1999, 6999),
             "12 Line Green Laser Level|12线绿光激光水平仪|Лазерный уровень 12 линий зелёный луч|"
             "Nivel láser verde de 12 líneas",
             "Self Leveling Cross Line Laser|自动安平十字线激光仪|"
             "Самовыравнивающийся лазерный нивелир|Láser de líneas cruzadas autonivelante"),
    ),
)

TREE["home-appliances"] = (
    branch(
        "kitchen-appliances",
        "Kitchen Appliances|厨房电器|Кухонная техника|Electrodomésticos de cocina|"
        "Eletrodomésticos de cozinha|Appareils de cuisine",
        (COLOUR, PLUG),
        leaf("air-fryers",
             "Air Fryers|空气炸锅|Аэрогрили|Freidoras de aire|Fritadeiras elétricas|"
             "Friteuses sans huile",
             "851679", (3500, 6000), (38, 32, 35), (3999, 9999),
             "5L Digital Air Fryer|5升数字空气炸锅|Цифровой аэрогриль 5 л|"
             "Freidora de aire digital de 5 l",
             "Visible Window Oil Free Fryer|可视窗口无油炸锅|Аэрогриль с окошком|"
             "Freidora sin aceite con ventana visible"),
        leaf("blenders-juicers",
             "Blenders & Juicers|搅拌机榨汁机|Блендеры и соковыжималки|Batidoras y licuadoras|"
             "Liquidificadores e espremedores|Blenders et centrifugeuses",
             "850940", (500, 2500), (25, 20, 20), (1299, 6999),
             "Portable USB Blender Bottle|便携USB榨汁杯|Портативный USB-блендер бутылка|"
             "Licuadora portátil USB",
             "High Speed Countertop Blender|高速破壁料理机|"
             "Высокоскоростной стационарный блендер|Licuadora de alta velocidad de encimera"),
        leaf("rice-cookers",
             "Rice Cookers|电饭煲|Рисоварки|Arroceras|Panelas de arroz|Cuiseurs à riz",
             "851660", (2500, 4500), (32, 30, 28), (2999, 8999),
             "Smart Multifunction Rice Cooker 3L|3升智能多功能电饭煲|"
             "Умная мультиварка-рисоварка 3 л|Arrocera inteligente multifunción 3 l",
             "Mini Rice Cooker for One|迷你单人电饭煲|Мини-рисоварка на одну порцию|"
             "Mini arrocera individual"),
    ),
    branch(
        "personal-care-appliances",
        "Personal Care Appliances|个护电器|Техника для личной гигиены|Cuidado personal|"
        "Cuidados pessoais|Soins personnels",
        (PLUG,),
        leaf("hair-dryers",
             "Hair Dryers|吹风机|Фены|Secadores de pelo|Secadores de cabelo|Sèche-cheveux",
             "851631", (400, 800), (28, 22, 10), (1499, 5999),
             "Ionic Hair Dryer 1800W|1800W负离子吹风机|Ионный фен 1800 Вт|"
             "Secador de pelo iónico 1800 W",
             "High Speed Brushless Hair Dryer|高速无刷吹风机|"
             "Высокоскоростной бесщёточный фен|Secador de pelo de alta velocidad sin escobillas"),
        leaf("electric-shavers",
             "Electric Shavers|电动剃须刀|Электробритвы|Afeitadoras eléctricas|"
             "Barbeadores elétricos|Rasoirs électriques",
             "851010", (150, 400), (18, 12, 7), (999, 4999),
             "Waterproof Rotary Electric Shaver|防水旋转电动剃须刀|"
             "Водонепроницаемая роторная электробритва|"
             "Afeitadora eléctrica rotativa resistente al agua",
             "Hair Clipper Trimmer Kit|理发器修剪套装|Набор машинка для стрижки и триммер|"
             "Kit de cortapelos y recortadora"),
        leaf("electric-toothbrushes",
             "Electric Toothbrushes|电动牙刷|Электрические зубные щётки|"
             "Cepillos de dientes eléctricos|Escovas de dente elétricas|"
             "Brosses à dents électriques",
             "850980", (100, 250), (25, 8, 5), (999, 3999),
             "Sonic Electric Toothbrush with 8 Heads|声波电动牙刷配8刷头|"
             "Звуковая электрическая зубная щётка с 8 насадками|"
             "Cepillo de dientes eléctrico sónico con 8 cabezales",
             "Kids Rechargeable Toothbrush|儿童充电电动牙刷|"
             "Детская аккумуляторная зубная щётка|Cepillo de dientes recargable infantil"),
    ),
    branch(
        "household-appliances",
        "Household Appliances|生活电器|Техника для дома|Electrodomésticos del hogar|"
        "Eletrodomésticos para casa|Appareils ménagers",
        (PLUG,),
        leaf("fans", "Fans|风扇|Вентиляторы|Ventiladores|Ventiladores|Ventilateurs",
             "841451", (300, 3500), (30, 25, 20), (799, 4999),
             "Portable Bladeless Neck Fan|便携无叶挂脖风扇|"
             "Портативный шейный вентилятор без лопастей|Ventilador de cuello portátil sin aspas",
             "Quiet Tower Fan with Remote|静音遥控塔扇|Тихий колонный вентилятор с пультом|"
             "Ventilador de torre silencioso con mando"),
        leaf("humidifiers",
             "Humidifiers|加湿器|Увлажнители воздуха|Humidificadores|Umidificadores|"
             "Humidificateurs",
             "850980", (300, 1500), (22, 18, 18), (999, 3999),
             "Cool Mist Ultrasonic Humidifier|冷雾超声波加湿器|"
             "Ультразвуковой увлажнитель холодный пар|Humidificador ultrasónico de niebla fría",
             "Aroma Diffuser with LED Light|LED灯香薰机|Аромадиффузор с LED-подсветкой|"
             "Difusor de aromas con luz LED"),
        leaf("vacuum-cleaners",
             "Vacuum Cleaners|吸尘器|Пылесосы|Aspiradoras|Aspiradores|Aspirateurs",
             "850811", (1500, 3500), (50, 20, 20), (3999, 14999),
             "Cordless Stick Vacuum Cleaner|无线手持吸尘器|Беспроводной вертикальный пылесос|"
             "Aspiradora escoba inalámbrica",
             "Robot Vacuum Cleaner with Mop|扫拖一体扫地机器人|Робот-пылесос с функцией мытья|"
             "Robot aspirador con fregona"),
    ),
)

TREE["mother-kids"] = (
    branch(
        "baby-clothing",
        "Baby Clothing|婴儿服装|Одежда для малышей|Ropa de bebé|Roupas de bebê|Vêtements bébé",
        (COLOUR, KIDS_SIZE),
        leaf("baby-rompers",
             "Rompers|连体衣|Боди и комбинезоны|Peleles|Macacões|Barboteuses",
             "611120", (60, 150), (20, 15, 2), (299, 1499),
             "Cotton Baby Romper Long Sleeve|纯棉长袖婴儿连体衣|"
             "Хлопковый боди для малыша с длинным рукавом|"
             "Pelele de algodón para bebé de manga larga",
             "Newborn Bodysuit Set 5 Pieces|新生儿包屁衣五件套|"
             "Набор боди для новорождённых 5 шт.|Set de bodies para recién nacido 5 piezas"),
        leaf("kids-clothing-sets",
             "Kids Clothing Sets|童装套装|Детские комплекты одежды|Conjuntos infantiles|"
             "Conjuntos infantis|Ensembles enfant",
             "610422", (150, 350), (25, 20, 3), (599, 2499),
             "Girls Summer Dress and Shorts Set|女童夏季裙裤套装|"
             "Летний комплект для девочки платье и шорты|"
             "Conjunto de verano vestido y pantalón corto para niña",
             "Boys Tracksuit 2 Pieces|男童运动套装两件套|"
             "Спортивный костюм для мальчика из 2 предметов|Chándal de niño de 2 piezas"),
    ),
    branch(
        "feeding",
        "Feeding|喂养用品|Кормление|Alimentación|Alimentação|Alimentation",
        (COLOUR,),
        leaf("baby-bottles",
             "Baby Bottles|奶瓶|Детские бутылочки|Biberones|Mamadeiras|Biberons",
             "392490", (80, 200), (18, 8, 8), (399, 1999),
             "Anti-Colic Glass Baby Bottle|防胀气玻璃奶瓶|Стеклянная бутылочка против колик|"
             "Biberón de vidrio anticólicos",
             "Wide Neck PPSU Feeding Bottle|宽口径PPSU奶瓶|Бутылочка PPSU с широким горлом|"
             "Biberón PPSU de boca ancha"),
        leaf("bibs-burp-cloths",
             "Bibs & Burp Cloths|围兜|Нагрудники|Baberos|Babadores|Bavoirs",
             "392690", (40, 120), (20, 15, 2), (199, 999),
             "Waterproof Silicone Baby Bib|防水硅胶婴儿围兜|"
             "Водонепроницаемый силиконовый нагрудник|Babero de silicona impermeable",
             "Cotton Muslin Burp Cloths|纯棉纱布口水巾|Муслиновые салфетки из хлопка|"
             "Muselinas de algodón para bebé"),
    ),
    branch(
        "activity-gear",
        "Activity & Gear|婴儿出行|Прогулки и активность|Paseo y actividad|"
        "Passeio e atividade|Balade et éveil",
        (COLOUR,),
        leaf("baby-carriers",
             "Baby Carriers|婴儿背带|Слинги и эргорюкзаки|Portabebés|Canguru para bebê|"
             "Porte-bébés",
             "630790", (500, 900), (35, 25, 10), (1999, 5999),
             "Ergonomic Baby Carrier Hip Seat|人体工学婴儿腰凳背带|"
             "Эргономичный рюкзак-кенгуру с хипситом|Portabebés ergonómico con asiento de cadera",
             "Wrap Sling Carrier|婴儿背巾|Слинг-шарф|Fular portabebés"),
        leaf("baby-monitors",
             "Baby Monitors|婴儿监视器|Видеоняни|Vigilabebés|Babás eletrônicas|Babyphones",
             "852589", (300, 700), (20, 15, 10), (2999, 7999),
             "Video Baby Monitor with Night Vision|夜视视频婴儿监视器|"
             "Видеоняня с ночным видением|Vigilabebés con vídeo y visión nocturna",
             "WiFi Baby Camera with Cry Detection|哭声检测WiFi婴儿摄像头|"
             "Wi-Fi видеоняня с детектором плача|Cámara de bebé WiFi con detección de llanto"),
    ),
)

TREE["security-protection"] = (
    branch(
        "video-surveillance",
        "Video Surveillance|视频监控|Видеонаблюдение|Videovigilancia|Videomonitoramento|"
        "Vidéosurveillance",
        (RESOLUTION,),
        leaf("ip-cameras", "IP Cameras|网络摄像头|IP-камеры|Cámaras IP|Câmeras IP|Caméras IP",
             "852589", (200, 600), (15, 12, 12), (1499, 5999),
             "Outdoor WiFi PTZ Security Camera|户外WiFi云台监控摄像头|"
             "Уличная Wi-Fi PTZ-камера видеонаблюдения|"
             "Cámara de seguridad PTZ WiFi para exteriores",
             "Indoor Pet Camera with Two Way Audio|室内双向语音宠物摄像头|"
             "Домашняя камера для питомцев с двусторонней связью|"
             "Cámara interior para mascotas con audio bidireccional"),
        leaf("cctv-kits",
             "CCTV Kits|监控套装|Комплекты видеонаблюдения|Kits CCTV|Kits CFTV|"
             "Kits vidéosurveillance",
             "852589", (2500, 5000), (40, 30, 20), (9999, 29999),
             "8CH PoE NVR Camera Kit|8路PoE录像机摄像头套装|"
             "Комплект видеонаблюдения 8 каналов PoE|Kit NVR PoE de 8 canales con cámaras",
             "Wireless 4 Camera CCTV System|无线四摄像头监控系统|"
             "Беспроводная система видеонаблюдения на 4 камеры|"
             "Sistema CCTV inalámbrico de 4 cámaras"),
    ),
    branch(
        "smart-home-security",
        "Smart Home Security|智能安防|Умная безопасность дома|Seguridad inteligente|"
        "Segurança inteligente|Sécurité connectée",
        (),
        leaf("video-doorbells",
             "Video Doorbells|可视门铃|Видеозвонки|Timbres con vídeo|Campainhas com vídeo|"
             "Sonnettes vidéo",
             "852589", (200, 400), (18, 10, 8), (1499, 4999),
             "WiFi Video Doorbell with Chime|带铃铛WiFi可视门铃|Wi-Fi видеозвонок с приёмником|"
             "Timbre con vídeo WiFi y campanilla",
             "Battery Wireless Doorbell Camera|电池无线门铃摄像头|"
             "Беспроводной дверной звонок с камерой на батарее|"
             "Timbre inalámbrico con cámara a batería"),
        leaf("alarm-sensors",
             "Alarm Sensors|报警传感器|Датчики сигнализации|Sensores de alarma|"
             "Sensores de alarme|Capteurs d'alarme",
             "853110", (30, 150), (10, 8, 4), (399, 1999),
             "Smart Door Window Sensor|智能门窗传感器|Умный датчик открытия двери и окна|"
             "Sensor inteligente de puerta y ventana",
             "Smoke Detector Alarm|烟雾报警器|Датчик дыма с сигнализацией|"
             "Detector de humo con alarma"),
    ),
    branch(
        "workplace-safety",
        "Workplace Safety|劳保用品|Охрана труда|Seguridad laboral|Segurança do trabalho|"
        "Sécurité au travail",
        (APPAREL_SIZE,),
        leaf("safety-gloves",
             "Safety Gloves|劳保手套|Защитные перчатки|Guantes de seguridad|Luvas de segurança|"
             "Gants de sécurité",
             "611610", (40, 100), (22, 12, 2), (99, 799),
             "Cut Resistant Work Gloves Level 5|5级防割工作手套|"
             "Перчатки с защитой от порезов уровень 5|Guantes de trabajo anticorte nivel 5",
             "Nitrile Coated Work Gloves|丁腈涂层工作手套|"
             "Рабочие перчатки с нитриловым покрытием|"
             "Guantes de trabajo con recubrimiento de nitrilo"),
        leaf("safety-glasses",
             "Safety Glasses|护目镜|Защитные очки|Gafas de seguridad|Óculos de segurança|"
             "Lunettes de sécurité",
             "900490", (40, 80), (16, 6, 5), (199, 999),
             "Anti-Fog Safety Goggles|防雾护目镜|Защитные очки с антизапотеванием|"
             "Gafas de seguridad antivaho",
             "Clear Impact Resistant Safety Glasses|透明防冲击安全眼镜|"
             "Прозрачные ударопрочные защитные очки|"
             "Gafas de seguridad transparentes resistentes a impactos"),
    ),
)

TREE["electronic-components-supplies"] = (
    branch(
        "active-components",
        "Active Components|有源器件|Активные компоненты|Componentes activos|"
        "Componentes ativos|Composants actifs",
        (PACKAGE_TYPE,),
        leaf("integrated-circuits",
             "Integrated Circuits|集成电路|Микросхемы|Circuitos integrados|"
             "Circuitos integrados|Circuits intégrés",
             "854239", (1, 5), (8, 5, 1), (19, 499),
             "NE555 Timer IC|NE555定时器芯片|Микросхема таймера NE555|"
             "Circuito integrado temporizador NE555",
             "LM358 Dual Op Amp Chip|LM358双运放芯片|Сдвоенный операционный усилитель LM358|"
             "Chip amplificador operacional doble LM358"),
        leaf("transistors",
             "Transistors|晶体管|Транзисторы|Transistores|Transistores|Transistors",
             "854121", (1, 3), (8, 5, 1), (9, 199),
             "2N2222 NPN Transistor|2N2222 NPN三极管|Транзистор 2N2222 NPN|"
             "Transistor NPN 2N2222",
             "IRF540N N-Channel MOSFET|IRF540N N沟道场效应管|N-канальный MOSFET IRF540N|"
             "MOSFET de canal N IRF540N"),
    ),
    branch(
        "development-boards",
        "Development Boards|开发板|Отладочные платы|Placas de desarrollo|"
        "Placas de desenvolvimento|Cartes de développement",
        (),
        leaf("microcontroller-boards",
             "Microcontroller Boards|单片机开发板|Платы микроконтроллеров|"
             "Placas de microcontrolador|Placas microcontroladoras|Cartes microcontrôleur",
             "847330", (10, 40), (10, 6, 2), (299, 1999),
             "ESP32 WiFi Bluetooth Development Board|ESP32 WiFi蓝牙开发板|"
             "Отладочная плата ESP32 Wi-Fi Bluetooth|Placa de desarrollo ESP32 WiFi Bluetooth",
             "STM32 Minimum System Board|STM32最小系统板|Минимальная системная плата STM32|"
             "Placa de sistema mínimo STM32"),
        leaf("sensor-modules",
             "Sensor Modules|传感器模块|Модули датчиков|Módulos de sensores|"
             "Módulos de sensores|Modules capteurs",
             "902580", (3, 15), (8, 5, 2), (99, 799),
             "DHT22 Temperature Humidity Sensor|DHT22温湿度传感器|"
             "Датчик температуры и влажности DHT22|Sensor de temperatura y humedad DHT22",
             "HC-SR04 Ultrasonic Distance Sensor|HC-SR04超声波测距传感器|"
             "Ультразвуковой датчик расстояния HC-SR04|Sensor de distancia ultrasónico HC-SR04"),
    ),
    branch(
        "passive-components",
        "Passive Components|无源器件|Пассивные компоненты|Componentes pasivos|"
        "Componentes passivos|Composants passifs",
        (),
        leaf("resistor-kits",
             "Resistor Kits|电阻套件|Наборы резисторов|Kits de resistencias|"
             "Kits de resistores|Kits de résistances",
             "853321", (20, 100), (12, 8, 3), (199, 999),
             "Metal Film Resistor Kit 600pcs|金属膜电阻套件600只|"
             "Набор металлоплёночных резисторов 600 шт.|"
             "Kit de resistencias de película metálica 600 piezas",
             "Carbon Film Resistors Assortment 1/4W|1/4W碳膜电阻组合|"
             "Набор углеродных резисторов 0,25 Вт|Surtido de resistencias de carbono 1/4 W"),
        leaf("capacitors",
             "Capacitors|电容|Конденсаторы|Condensadores|Capacitores|Condensateurs",
             "853222", (20, 120), (12, 8, 4), (199, 999),
             "Electrolytic Capacitor Assortment Kit|电解电容套件|"
             "Набор электролитических конденсаторов|"
             "Kit surtido de condensadores electrolíticos",
             "Ceramic Capacitor Kit 300pcs|瓷片电容套件300只|"
             "Набор керамических конденсаторов 300 шт.|"
             "Kit de condensadores cerámicos 300 piezas"),
    ),
    branch(
        "soldering-supplies",
        "Soldering Supplies|焊接用品|Товары для пайки|Material de soldadura|"
        "Materiais de solda|Fournitures de soudure",
        (PLUG,),
        leaf("soldering-irons",
             "Soldering Irons|电烙铁|Паяльники|Soldadores|Ferros de solda|Fers à souder",
             "851511", (150, 500), (25, 10, 6), (799, 3999),
             "Adjustable Temperature Soldering Iron Kit|可调温电烙铁套装|"
             "Набор паяльник с регулировкой температуры|"
             "Kit de soldador de temperatura ajustable",
             "T12 Soldering Station|T12焊台|Паяльная станция T12|Estación de soldadura T12"),
        leaf("solder-wire",
             "Solder Wire|焊锡丝|Припой|Estaño para soldar|Fio de solda|Fil à souder",
             "831130", (50, 250), (8, 8, 4), (199, 999),
             "Rosin Core Solder Wire 0.8mm|0.8mm松香芯焊锡丝|Припой с канифолью 0,8 мм|"
             "Estaño con núcleo de resina 0,8 mm",
             "Lead Free Solder Wire 100g|100克无铅焊锡丝|Бессвинцовый припой 100 г|"
             "Estaño sin plomo 100 g"),
    ),
)

TREE["office-school-supplies"] = (
    branch(
        "pens-writing",
        "Pens & Writing|书写工具|Письменные принадлежности|Escritura|Escrita|Écriture",
        (COLOUR,),
        leaf("gel-pens",
             "Gel Pens|中性笔|Гелевые ручки|Bolígrafos de gel|Canetas de gel|Stylos gel",
             "960810", (10, 20), (15, 2, 2), (29, 299),
             "Quick Dry Gel Pen 0.5mm|0.5mm速干中性笔|Быстросохнущая гелевая ручка 0,5 мм|"
             "Bolígrafo de gel de secado rápido 0,5 mm",
             "Cute Cartoon Gel Pens|可爱卡通中性笔|Милые гелевые ручки с рисунком|"
             "Bolígrafos de gel de dibujos bonitos"),
        leaf("markers-highlighters",
             "Markers & Highlighters|马克笔荧光笔|Маркеры и текстовыделители|"
             "Rotuladores y subrayadores|Marcadores e marca-textos|Marqueurs et surligneurs",
             "960820", (10, 30), (15, 2, 2), (29, 299),
             "Dual Tip Art Markers Set|双头艺术马克笔套装|"
             "Набор двусторонних маркеров для скетчинга|Set de rotuladores de doble punta",
             "Pastel Highlighter Pens|柔色荧光笔|Пастельные текстовыделители|"
             "Subrayadores pastel"),
    ),
    branch(
        "notebooks-paper",
        "Notebooks & Paper|本册纸品|Блокноты и бумага|Cuadernos y papel|Cadernos e papel|"
        "Carnets et papier",
        (PAPER_SIZE,),
        leaf("notebooks", "Notebooks|笔记本|Блокноты|Cuadernos|Cadernos|Carnets",
             "482020", (150, 400), (22, 15, 2), (199, 1499),
             "A5 Dotted Grid Bullet Journal|A5点阵手帐本|Блокнот A5 в точку для буллет-журнала|"
             "Cuaderno bullet journal A5 de puntos",
             "Leather Cover Refillable Notebook|皮面活页笔记本|"
             "Блокнот в кожаной обложке со сменным блоком|Cuaderno recargable con tapa de cuero"),
        leaf("sticky-notes",
             "Sticky Notes|便利贴|Стикеры для заметок|Notas adhesivas|Post-its|Notes adhésives",
             "482010", (20, 100), (10, 10, 3), (49, 399),
             "Colorful Sticky Notes 400 Sheets|彩色便利贴400张|"
             "Цветные стикеры для заметок 400 листов|Notas adhesivas de colores 400 hojas",
             "Transparent Sticky Notes|透明便利贴|Прозрачные стикеры для заметок|"
             "Notas adhesivas transparentes"),
    ),
    branch(
        "desk-organization",
        "Desk Organization|桌面收纳|Организация рабочего стола|Organización de escritorio|"
        "Organização de mesa|Rangement de bureau",
        (COLOUR,),
        leaf("desk-organizers",
             "Desk Organizers|桌面收纳盒|Органайзеры для стола|Organizadores de escritorio|"
             "Organizadores de mesa|Organiseurs de bureau",
             "392610", (150, 600), (25, 15, 12), (399, 1999),
             "Multi Compartment Desk Organizer|多格桌面收纳盒|"
             "Многосекционный органайзер для стола|Organizador de escritorio con compartimentos",
             "Rotating Pen Holder|旋转笔筒|Вращающийся стакан для ручек|Portalápices giratorio"),
        leaf("staplers-clips",
             "Staplers & Clips|订书机夹子|Степлеры и зажимы|Grapadoras y clips|"
             "Grampeadores e clipes|Agrafeuses et trombones",
             "847290", (50, 300), (15, 6, 4), (99, 999),
             "Heavy Duty Stapler 50 Sheets|50页重型订书机|Мощный степлер на 50 листов|"
             "Grapadora de alta resistencia 50 hojas",
             "Binder Clips Assorted Sizes|多尺寸长尾夹|Зажимы для бумаг разных размеров|"
             "Pinzas sujetapapeles de varios tamaños"),
    ),
)

TREE["hair-extensions-wigs"] = (
    branch(
        "human-hair-wigs",
        "Human Hair Wigs|真人发假发|Парики из натуральных волос|Pelucas de cabello humano|"
        "Perucas de cabelo humano|Perruques en cheveux naturels",
        (HAIR_LENGTH, HAIR_COLOUR),
        leaf("lace-front-wigs",
             "Lace Front Wigs|蕾丝前头套|Парики лейс фронт|Pelucas lace front|"
             "Perucas lace front|Perruques lace front",
             "670420", (200, 400), (30, 25, 8), (5999, 24999),
             "13x4 Lace Front Human Hair Wig|13x4蕾丝前头套真发假发|"
             "Парик лейс фронт 13x4 из натуральных волос|"
             "Peluca lace front 13x4 de cabello humano",
             "Body Wave Lace Frontal Wig|大波浪蕾丝头套|Парик лейс фронтал волна|"
             "Peluca lace frontal ondulada"),
        leaf("bob-wigs", "Bob Wigs|短发波波头|Парики каре|Pelucas bob|Perucas bob|Perruques carré",
             "670420", (150, 300), (28, 22, 6), (2999, 9999),
             "Short Straight Bob Wig|直发短款波波头假发|Прямой парик каре|Peluca bob corta lisa",
             "Pixie Cut Human Hair Wig|超短精灵真发假发|"
             "Короткий парик пикси из натуральных волос|Peluca pixie de cabello humano"),
    ),
    branch(
        "hair-extensions",
        "Hair Extensions|接发|Наращивание волос|Extensiones de cabello|Extensões de cabelo|"
        "Extensions capillaires",
        (HAIR_LENGTH, HAIR_COLOUR),
        leaf("clip-in-extensions",
             "Clip-In Extensions|卡子发|Волосы на заколках|Extensiones de clip|"
             "Apliques de tic-tac|Extensions à clips",
             "670420", (100, 250), (30, 20, 4), (2999, 9999),
             "Clip In Human Hair Extensions 7 Pieces|7片装卡子真人发|"
             "Натуральные волосы на заколках 7 прядей|"
             "Extensiones de cabello humano con clip 7 piezas",
             "Seamless Clip In Hair Extensions|无痕卡子接发|Незаметные волосы на заколках|"
             "Extensiones de clip sin costuras"),
        leaf("tape-in-extensions",
             "Tape-In Extensions|胶带接发|Ленточное наращивание|Extensiones adhesivas|"
             "Extensões de fita|Extensions adhésives",
             "670420", (50, 150), (30, 15, 3), (2999, 8999),
             "Tape In Remy Hair Extensions|胶带Remy真发接发|Ленточные волосы Реми|"
             "Extensiones adhesivas de cabello Remy",
             "Invisible Skin Weft Tape Hair|隐形胶带接发|Невидимые ленточные волосы|"
             "Extensiones de cinta invisibles"),
    ),
    branch(
        "synthetic-hair",
        "Synthetic Hair|化纤假发|Синтетические волосы|Cabello sintético|Cabelo sintético|"
        "Cheveux synthétiques",
        (COLOUR,),
        leaf("cosplay-wigs",
             "Cosplay Wigs|Cosplay假发|Парики для косплея|Pelucas de cosplay|Perucas cosplay|"
             "Perruques cosplay",
             "670411", (150, 300), (28, 22, 6), (999, 2999),
             "Anime Cosplay Wig with Bangs|带刘海动漫cosplay假发|"
             "Аниме-парик для косплея с чёлкой|Peluca de cosplay anime con flequillo",
             "Long Wavy Heat Resistant Wig|耐高温长卷发假发|"
             "Длинный волнистый термостойкий парик|Peluca larga ondulada resistente al calor"),
        leaf("ponytails-buns",
             "Ponytails & Buns|马尾发髻|Хвосты и шиньоны|Coletas y moños|"
             "Rabos de cavalo e coques|Queues de cheval et chignons",
             "670419", (50, 150), (20, 15, 5), (399, 1499),
             "Drawstring Ponytail Extension|抽绳马尾假发|Накладной хвост на шнурке|"
             "Extensión de coleta con cordón",
             "Messy Bun Hair Piece|蓬松丸子头发包|Шиньон небрежный пучок|"
             "Postizo de moño despeinado"),
    ),
)

TREE["weddings-events"] = (
    branch(
        "wedding-dresses",
        "Wedding Dresses|婚纱礼服|Свадебные платья|Vestidos de novia|Vestidos de noiva|"
        "Robes de mariée",
        (COLOUR, APPAREL_SIZE),
        leaf("bridal-gowns",
             "Bridal Gowns|新娘婚纱|Платья невесты|Vestidos de novia|Vestidos de noiva|"
             "Robes de mariée",
             "620443", (1200, 2500), (45, 35, 12), (9999, 39999),
             "A-Line Lace Wedding Dress|A字蕾丝婚纱|Свадебное платье А-силуэта с кружевом|"
             "Vestido de novia corte A de encaje",
             "Mermaid Satin Bridal Gown|鱼尾缎面婚纱|Свадебное платье русалка из атласа|"
             "Vestido de novia sirena de satén"),
        leaf("bridesmaid-dresses",
             "Bridesmaid Dresses|伴娘服|Платья подружек невесты|Vestidos de dama de honor|"
             "Vestidos de madrinha|Robes de demoiselle d'honneur",
             "620443", (400, 800), (35, 28, 6), (2999, 7999),
             "Chiffon Long Bridesmaid Dress|雪纺长款伴娘服|"
             "Длинное шифоновое платье подружки невесты|"
             "Vestido largo de gasa para dama de honor",
             "Off Shoulder Satin Bridesmaid Dress|一字肩缎面伴娘服|"
             "Атласное платье подружки невесты с открытыми плечами|"
             "Vestido de dama de honor de satén con hombros descubiertos"),
    ),
    branch(
        "party-supplies",
        "Event & Party Supplies|派对用品|Товары для праздника|Artículos para fiestas|"
        "Artigos para festas|Articles de fête",
        (COLOUR,),
        leaf("balloons", "Balloons|气球|Воздушные шары|Globos|Balões|Ballons",
             "950590", (100, 400), (25, 20, 5), (199, 1499),
             "Latex Balloons Set 100pcs|乳胶气球套装100个|Набор латексных шаров 100 шт.|"
             "Set de globos de látex 100 piezas",
             "Foil Number Balloons 40 Inch|40寸铝膜数字气球|"
             "Фольгированные шары-цифры 40 дюймов|Globos de números de aluminio 40 pulgadas"),
        leaf("party-decorations",
             "Party Decorations|派对装饰|Праздничный декор|Decoración de fiestas|"
             "Decoração de festa|Décorations de fête",
             "950590", (100, 400), (30, 20, 3), (299, 1999),
             "Happy Birthday Banner Decoration Kit|生日快乐横幅装饰套装|"
             "Набор украшений с растяжкой С днём рождения|"
             "Kit de decoración con pancarta de feliz cumpleaños",
             "Paper Tassel Garland|纸流苏拉花|Гирлянда из бумажных кисточек|"
             "Guirnalda de borlas de papel"),
    ),
    branch(
        "wedding-accessories",
        "Wedding Accessories|婚礼配饰|Свадебные аксессуары|Accesorios de boda|"
        "Acessórios de casamento|Accessoires de mariage",
        (),
        leaf("wedding-veils",
             "Wedding Veils|头纱|Свадебные фаты|Velos de novia|Véus de noiva|Voiles de mariée",
             "621710", (100, 300), (30, 25, 4), (999, 3999),
             "Cathedral Length Lace Veil|拖尾蕾丝头纱|Кружевная фата соборной длины|"
             "Velo de encaje largo catedral",
             "Two Tier Tulle Veil with Comb|双层带梳头纱|Двухъярусная фата из фатина с гребнем|"
             "Velo de tul de dos capas con peine"),
        leaf("wedding-favors",
             "Wedding Favors|婚礼伴手礼|Подарки для гостей|Detalles de boda|"
             "Lembrancinhas de casamento|Cadeaux d'invités",
             "481920", (50, 300), (20, 15, 8), (199, 1499),
             "Kraft Paper Candy Boxes|牛皮纸喜糖盒|Крафтовые коробочки для конфет|"
             "Cajas de dulces de papel kraft",
             "Personalized Thank You Tags|定制感谢吊牌|Именные бирки с благодарностью|"
             "Etiquetas de agradecimiento personalizadas"),
    ),
)

TREE["novelty-special-use"] = (
    branch(
        "costumes",
        "Costumes & Accessories|服装道具|Костюмы и аксессуары|Disfraces y accesorios|"
        "Fantasias e acessórios|Costumes et accessoires",
        (APPAREL_SIZE,),
        leaf("cosplay-costumes",
             "Cosplay Costumes|Cosplay服装|Костюмы для косплея|Disfraces de cosplay|"
             "Fantasias cosplay|Costumes de cosplay",
             "611430", (400, 900), (35, 28, 6), (1999, 6999),
             "Anime Character Cosplay Costume|动漫角色Cosplay服装|"
             "Костюм аниме-персонажа для косплея|Disfraz de cosplay de personaje de anime",
             "Halloween Witch Costume Dress|万圣节女巫服装|Костюм ведьмы на Хэллоуин|"
             "Disfraz de bruja de Halloween"),
        leaf("party-masks",
             "Party Masks|派对面具|Карнавальные маски|Máscaras de fiesta|Máscaras de festa|"
             "Masques de fête",
             "950590", (50, 200), (25, 20, 10), (199, 1499),
             "Venetian Masquerade Mask|威尼斯化妆舞会面具|Венецианская карнавальная маска|"
             "Máscara veneciana de mascarada",
             "Latex Halloween Horror Mask|乳胶万圣节恐怖面具|"
             "Латексная маска ужасов на Хэллоуин|Máscara de terror de Halloween de látex"),
    ),
    branch(
        "traditional-clothing",
        "Traditional & Cultural Wear|民族服装|Национальная одежда|Ropa tradicional|"
        "Roupas tradicionais|Vêtements traditionnels",
        (COLOUR, APPAREL_SIZE),
        leaf("hanfu", "Hanfu|汉服|Ханьфу|Hanfu|Hanfu|Hanfu",
             "620443", (400, 900), (35, 28, 5), (2999, 7999),
             "Traditional Chinese Hanfu Dress|中国传统汉服|"
             "Традиционное китайское платье ханьфу|Vestido hanfu chino tradicional",
             "Embroidered Tang Style Hanfu|刺绣唐制汉服|Ханьфу с вышивкой в стиле Тан|"
             "Hanfu bordado estilo Tang"),
        leaf("cheongsam", "Cheongsam|旗袍|Ципао|Cheongsam|Qipao|Qipao",
             "620449", (300, 600), (35, 28, 4), (2999, 9999),
             "Silk Satin Cheongsam Qipao|丝缎旗袍|Ципао из шёлкового атласа|"
             "Cheongsam qipao de satén de seda",
             "Modern Short Qipao Dress|改良短款旗袍|Современное короткое платье ципао|"
             "Vestido qipao corto moderno"),
    ),
    branch(
        "religious-supplies",
        "Religious Supplies|宗教用品|Религиозные товары|Artículos religiosos|"
        "Artigos religiosos|Articles religieux",
        (),
        leaf("prayer-beads",
             "Prayer Beads|佛珠念珠|Чётки|Cuentas de oración|Contas de oração|Chapelets",
             "442090", (30, 100), (12, 10, 3), (199, 1999),
             "Sandalwood Mala 108 Beads|檀香108颗佛珠|Чётки из сандалового дерева 108 бусин|"
             "Mala de sándalo de 108 cuentas",
             "Wooden Rosary Necklace|木质念珠项链|Деревянные чётки-ожерелье|"
             "Collar rosario de madera"),
        leaf("incense-burners",
             "Incense & Burners|香薰香炉|Благовония и курильницы|Incienso y quemadores|"
             "Incensos e incensários|Encens et brûle-encens",
             "330741", (100, 400), (20, 10, 8), (299, 1999),
             "Natural Sandalwood Incense Sticks|天然檀香线香|"
             "Натуральные ароматические палочки из сандала|"
             "Varillas de incienso de sándalo natural",
             "Ceramic Backflow Incense Burner|陶瓷倒流香炉|Керамическая курильница-водопад|"
             "Quemador de incienso de reflujo de cerámica"),
    ),
)

TREE["furniture"] = (
    branch(
        "living-room-furniture",
        "Living Room Furniture|客厅家具|Мебель для гостиной|Muebles de salón|Móveis de sala|"
        "Meubles de salon",
        (COLOUR,),
        leaf("coffee-tables",
             "Coffee Tables|茶几|Журнальные столики|Mesas de centro|Mesas de centro|"
             "Tables basses",
             "940360", (5000, 12000), (80, 50, 15), (4999, 19999),
             "Nordic Round Coffee Table|北欧圆形茶几|"
             "Круглый журнальный столик в скандинавском стиле|Mesa de centro redonda nórdica",
             "Lift Top Coffee Table with Storage|升降带储物茶几|"
             "Журнальный стол-трансформер с местом для хранения|"
             "Mesa de centro elevable con almacenamiento"),
        leaf("shoe-racks",
             "Shoe Racks|鞋架|Обувницы|Zapateros|Sapateiras|Meubles à chaussures",
             "940320", (1500, 4000), (60, 30, 10), (1499, 4999),
             "Multi Tier Metal Shoe Rack|多层金属鞋架|Многоярусная металлическая обувница|"
             "Zapatero metálico de varios niveles",
             "Bamboo Shoe Bench with Seat|竹制换鞋凳鞋架|Бамбуковая обувница-скамья|"
             "Banco zapatero de bambú con asiento"),
    ),
    branch(
        "office-furniture",
        "Office Furniture|办公家具|Офисная мебель|Muebles de oficina|Móveis de escritório|"
        "Mobilier de bureau",
        (COLOUR,),
        leaf("office-chairs",
             "Office Chairs|办公椅|Офисные кресла|Sillas de oficina|Cadeiras de escritório|"
             "Chaises de bureau",
             "940130", (12000, 18000), (70, 60, 30), (7999, 24999),
             "Ergonomic Mesh Office Chair|人体工学网布办公椅|"
             "Эргономичное сетчатое офисное кресло|Silla de oficina ergonómica de malla",
             "Gaming Chair with Footrest|带脚托电竞椅|Игровое кресло с подставкой для ног|"
             "Silla gaming con reposapiés"),
        leaf("standing-desks",
             "Standing Desks|升降桌|Столы с регулировкой высоты|Escritorios elevables|"
             "Mesas com regulagem de altura|Bureaux assis-debout",
             "940310", (18000, 30000), (120, 40, 20), (14999, 39999),
             "Electric Height Adjustable Desk|电动升降桌|"
             "Электрический стол с регулировкой высоты|Escritorio eléctrico de altura ajustable",
             "Standing Desk Converter|桌面升降台|Настольная подставка для работы стоя|"
             "Convertidor de escritorio de pie"),
    ),
    branch(
        "bedroom-furniture",
        "Bedroom Furniture|卧室家具|Мебель для спальни|Muebles de dormitorio|"
        "Móveis de quarto|Meubles de chambre",
        (BED_SIZE,),
        leaf("mattresses", "Mattresses|床垫|Матрасы|Colchones|Colchões|Matelas",
             "940421", (8000, 25000), (100, 45, 45), (9999, 39999),
             "Memory Foam Mattress in a Box|盒装记忆棉床垫|Матрас с эффектом памяти в коробке|"
             "Colchón de espuma viscoelástica enrollado",
             "Hybrid Pocket Spring Mattress|独立袋弹簧混合床垫|"
             "Гибридный матрас с независимыми пружинами|Colchón híbrido de muelles ensacados"),
        leaf("wardrobes",
             "Wardrobes|衣柜|Шкафы для одежды|Armarios|Guarda-roupas|Armoires",
             "940320", (4000, 9000), (60, 30, 15), (2499, 7999),
             "Portable Fabric Wardrobe Closet|便携布艺衣柜|Складной тканевый шкаф для одежды|"
             "Armario portátil de tela",
             "Metal Garment Rack with Shelves|带层架金属衣帽架|"
             "Металлическая вешалка для одежды с полками|Perchero metálico con estantes"),
    ),
)

TREE["pet-products"] = (
    branch(
        "dog-supplies",
        "Dog Supplies|狗狗用品|Товары для собак|Artículos para perros|Artigos para cães|"
        "Articles pour chiens",
        (COLOUR, PET_SIZE),
        leaf("collars-leashes",
             "Collars & Leashes|项圈牵引绳|Ошейники и поводки|Collares y correas|"
             "Coleiras e guias|Colliers et laisses",
             "420100", (50, 250), (20, 15, 4), (299, 1999),
             "Reflective Nylon Dog Collar|反光尼龙狗项圈|Светоотражающий нейлоновый ошейник|"
             "Collar de nailon reflectante para perro",
             "Retractable Dog Leash 5m|5米自动伸缩狗绳|Рулетка-поводок для собак 5 м|"
             "Correa extensible para perro 5 m"),
        leaf("dog-clothes",
             "Dog Clothes|狗狗衣服|Одежда для собак|Ropa para perros|Roupas para cães|"
             "Vêtements pour chiens",
             "630790", (60, 250), (25, 20, 3), (399, 1999),
             "Waterproof Dog Raincoat|防水狗狗雨衣|Водонепроницаемый дождевик для собак|"
             "Chubasquero impermeable para perro",
             "Warm Fleece Dog Hoodie|保暖摇粒绒狗狗卫衣|Тёплое флисовое худи для собак|"
             "Sudadera polar cálida para perro"),
    ),
    branch(
        "cat-supplies",
        "Cat Supplies|猫咪用品|Товары для кошек|Artículos para gatos|Artigos para gatos|"
        "Articles pour chats",
        (COLOUR,),
        leaf("cat-toys",
             "Cat Toys|猫玩具|Игрушки для кошек|Juguetes para gatos|Brinquedos para gatos|"
             "Jouets pour chats",
             "392690", (20, 150), (15, 10, 5), (99, 999),
             "Interactive Feather Teaser Wand|互动逗猫羽毛棒|Интерактивная дразнилка с перьями|"
             "Varita interactiva con plumas para gatos",
             "Cat Tunnel with Crinkle Ball|带响纸球猫隧道|Туннель для кошек с шуршащим мячиком|"
             "Túnel para gatos con pelota crujiente"),
        leaf("cat-scratchers",
             "Cat Scratchers|猫抓板|Когтеточки|Rascadores|Arranhadores|Griffoirs",
             "482390", (400, 1500), (45, 25, 8), (599, 2999),
             "Corrugated Cardboard Cat Scratcher|瓦楞纸猫抓板|Когтеточка из гофрокартона|"
             "Rascador de cartón corrugado para gatos",
             "Sisal Cat Scratching Post|剑麻猫抓柱|Когтеточка-столбик из сизаля|"
             "Poste rascador de sisal para gatos"),
    ),
    branch(
        "aquariums",
        "Aquariums & Fish|水族用品|Аквариумистика|Acuarios y peces|Aquarismo|Aquariophilie",
        (),
        leaf("aquarium-filters",
             "Aquarium Filters|鱼缸过滤器|Аквариумные фильтры|Filtros de acuario|"
             "Filtros de aquário|Filtres d'aquarium",
             "842121", (200, 800), (20, 12, 10), (599, 2999),
             "Hang On Back Aquarium Filter|壁挂式鱼缸过滤器|Навесной фильтр для аквариума|"
             "Filtro de mochila para acuario",
             "Sponge Filter with Air Pump|带气泵海绵过滤器|Губчатый фильтр с компрессором|"
             "Filtro de esponja con bomba de aire"),
        leaf("aquarium-decorations",
             "Aquarium Decorations|鱼缸造景|Декорации для аквариума|Decoración de acuario|"
             "Decoração de aquário|Décorations d'aquarium",
             "392690", (100, 500), (20, 15, 10), (299, 1999),
             "Resin Driftwood Aquarium Ornament|树脂沉木鱼缸摆件|"
             "Декорация коряга из смолы для аквариума|Adorno de tronco de resina para acuario",
             "Artificial Aquarium Plants Set|仿真水草套装|"
             "Набор искусственных аквариумных растений|Set de plantas artificiales para acuario"),
    ),
)

TREE["underwear-sleepwear"] = (
    branch(
        "womens-intimates",
        "Women's Intimates|女士内衣|Женское бельё|Lencería femenina|Lingerie feminina|"
        "Lingerie femme",
        (COLOUR, APPAREL_SIZE),
        leaf("bras", "Bras|文胸|Бюстгальтеры|Sujetadores|Sutiãs|Soutiens-gorge",
             "621210", (50, 120), (20, 15, 5), (599, 2499),
             "Wireless Push Up Bra|无钢圈聚拢文胸|Бюстгальтер пуш-ап без косточек|"
             "Sujetador push up sin aros",
             "Seamless Comfort Bralette|无痕舒适内衣|Бесшовный комфортный бралетт|"
             "Bralette cómodo sin costuras"),
        leaf("panties", "Panties|内裤|Трусы|Bragas|Calcinhas|Culottes",
             "610821", (20, 60), (15, 10, 2), (199, 999),
             "Cotton Briefs 5 Pack|纯棉三角内裤5条装|Хлопковые трусы 5 шт.|"
             "Bragas de algodón pack de 5",
             "Seamless Ice Silk Panties|无痕冰丝内裤|Бесшовные трусы из ледяного шёлка|"
             "Bragas sin costuras de seda fría"),
    ),
    branch(
        "mens-underwear",
        "Men's Underwear|男士内衣|Мужское бельё|Ropa interior de hombre|Cuecas masculinas|"
        "Sous-vêtements homme",
        (COLOUR, APPAREL_SIZE),
        leaf("boxers", "Boxers|平角内裤|Боксеры|Bóxers|Cuecas boxer|Boxers",
             "610711", (40, 80), (15, 10, 3), (299, 1299),
             "Modal Boxer Briefs|莫代尔平角内裤|Трусы-боксеры из модала|Bóxers de modal",
             "Breathable Cotton Boxer Shorts 4 Pack|透气纯棉平角裤4条装|"
             "Дышащие хлопковые боксеры 4 шт.|"
             "Calzoncillos bóxer de algodón transpirable pack de 4"),
        leaf("thermal-underwear",
             "Thermal Underwear|保暖内衣|Термобельё|Ropa interior térmica|Roupa térmica|"
             "Sous-vêtements thermiques",
             "611420", (200, 400), (28, 22, 4), (999, 2999),
             "Fleece Lined Thermal Underwear Set|加绒保暖内衣套装|Комплект термобелья с начёсом|"
             "Conjunto de ropa interior térmica forrada",
             "Seamless Base Layer Top|无缝打底上衣|Бесшовная термофутболка|"
             "Camiseta térmica sin costuras"),
    ),
    branch(
        "sleep-lounge",
        "Sleep & Lounge|睡衣家居服|Одежда для сна и дома|Pijamas y ropa de casa|"
        "Pijamas e roupa de casa|Nuit et détente",
        (COLOUR, APPAREL_SIZE),
        leaf("pajama-sets",
             "Pajama Sets|睡衣套装|Пижамы|Conjuntos de pijama|Conjuntos de pijama|"
             "Ensembles pyjama",
             "620821", (250, 500), (30, 25, 4), (999, 3499),
             "Silk Satin Pajama Set|丝缎睡衣套装|Пижама из шёлкового атласа|"
             "Conjunto de pijama de satén",
             "Cotton Long Sleeve Pajamas|纯棉长袖睡衣|Хлопковая пижама с длинным рукавом|"
             "Pijama de algodón de manga larga"),
        leaf("robes", "Robes|浴袍|Халаты|Batas|Roupões|Peignoirs",
             "620892", (400, 900), (35, 28, 6), (1499, 3999),
             "Plush Fleece Bathrobe|毛绒珊瑚绒浴袍|Плюшевый флисовый халат|"
             "Albornoz de forro polar de felpa",
             "Lightweight Kimono Robe|轻薄和服睡袍|Лёгкий халат-кимоно|Bata kimono ligera"),
    ),
)

TREE["eyewear"] = (
    branch(
        "sunglasses",
        "Sunglasses|太阳镜|Солнцезащитные очки|Gafas de sol|Óculos de sol|Lunettes de soleil",
        (LENS, COLOUR),
        leaf("womens-sunglasses",
             "Women's Sunglasses|女士太阳镜|Женские солнцезащитные очки|Gafas de sol de mujer|"
             "Óculos de sol femininos|Lunettes de soleil femme",
             "900410", (30, 60), (16, 7, 5), (399, 1999),
             "Oversized Cat Eye Sunglasses|大框猫眼太阳镜|"
             "Солнцезащитные очки кошачий глаз оверсайз|Gafas de sol ojo de gato oversize",
             "Retro Square Sunglasses UV400|复古方框UV400太阳镜|"
             "Ретро квадратные солнцезащитные очки UV400|Gafas de sol cuadradas retro UV400"),
        leaf("mens-sunglasses",
             "Men's Sunglasses|男士太阳镜|Мужские солнцезащитные очки|Gafas de sol de hombre|"
             "Óculos de sol masculinos|Lunettes de soleil homme",
             "900410", (30, 60), (16, 7, 5), (399, 1999),
             "Polarized Aviator Sunglasses|偏光飞行员太阳镜|Поляризационные очки-авиаторы|"
             "Gafas de sol de aviador polarizadas",
             "Sports Wrap Around Sunglasses|运动环绕式太阳镜|"
             "Спортивные солнцезащитные очки с обтекаемой оправой|"
             "Gafas de sol deportivas envolventes"),
    ),
    branch(
        "eyeglasses-frames",
        "Eyeglasses Frames|眼镜框|Оправы для очков|Monturas de gafas|Armações de óculos|"
        "Montures de lunettes",
        (COLOUR,),
        leaf("optical-frames",
             "Optical Frames|光学镜架|Оправы|Monturas ópticas|Armações ópticas|"
             "Montures optiques",
             "900311", (15, 40), (16, 7, 5), (399, 1999),
             "TR90 Lightweight Optical Frame|TR90轻盈光学镜架|Лёгкая оправа TR90|"
             "Montura óptica ligera TR90",
             "Titanium Rimless Glasses Frame|钛合金无框镜架|Безободковая оправа из титана|"
             "Montura sin aros de titanio"),
        leaf("blue-light-glasses",
             "Blue Light Glasses|防蓝光眼镜|Очки с защитой от синего света|"
             "Gafas con filtro de luz azul|Óculos anti luz azul|Lunettes anti-lumière bleue",
             "900490", (20, 40), (16, 7, 5), (299, 1499),
             "Anti Blue Light Computer Glasses|防蓝光电脑眼镜|"
             "Компьютерные очки с защитой от синего света|"
             "Gafas para ordenador con filtro de luz azul",
             "Clear Lens Fashion Glasses|平光时尚眼镜|Модные очки с прозрачными линзами|"
             "Gafas de moda con lentes transparentes"),
    ),
    branch(
        "eyewear-accessories",
        "Eyewear Accessories|眼镜配件|Аксессуары для очков|Accesorios para gafas|"
        "Acessórios para óculos|Accessoires de lunettes",
        (COLOUR,),
        leaf("glasses-cases",
             "Glasses Cases|眼镜盒|Футляры для очков|Estuches de gafas|Estojos de óculos|"
             "Étuis à lunettes",
             "420232", (40, 120), (17, 7, 5), (99, 999),
             "Hard Shell Glasses Case|硬壳眼镜盒|Жёсткий футляр для очков|"
             "Estuche rígido para gafas",
             "Leather Foldable Glasses Case|折叠皮质眼镜盒|Складной кожаный футляр для очков|"
             "Estuche plegable de cuero para gafas"),
        leaf("glasses-chains",
             "Glasses Chains|眼镜链|Цепочки для очков|Cadenas para gafas|Cordões para óculos|"
             "Chaînes à lunettes",
             "711719", (5, 20), (10, 6, 2), (49, 599),
             "Beaded Eyeglass Chain|串珠眼镜链|Цепочка для очков с бусинами|"
             "Cadena de cuentas para gafas",
             "Metal Sunglasses Strap Holder|金属太阳镜挂绳|"
             "Металлический шнурок-держатель для очков|Cordón de metal para gafas de sol"),
    ),
)

TREE["musical-instruments"] = (
    branch(
        "guitars-accessories",
        "Guitars & Accessories|吉他及配件|Гитары и аксессуары|Guitarras y accesorios|"
        "Violões e acessórios|Guitares et accessoires",
        (COLOUR,),
        leaf("acoustic-guitars",
             "Acoustic Guitars|民谣吉他|Акустические гитары|Guitarras acústicas|Violões|"
             "Guitares acoustiques",
             "920290", (2000, 3000), (105, 42, 12), (4999, 19999),
             "41 Inch Acoustic Guitar Beginner Kit|41寸民谣吉他初学者套装|"
             "Акустическая гитара 41 дюйм набор для начинающих|"
             "Kit de guitarra acústica de 41 pulgadas para principiantes",
             "Solid Spruce Top Folk Guitar|单板云杉民谣吉他|Фолк-гитара с верхней декой из ели|"
             "Guitarra folk con tapa de abeto macizo"),
        leaf("guitar-strings",
             "Guitar Strings|吉他弦|Гитарные струны|Cuerdas de guitarra|Cordas de violão|"
             "Cordes de guitare",
             "920930", (10, 40), (12, 12, 1), (199, 999),
             "Phosphor Bronze Acoustic Guitar Strings|磷青铜民谣吉他弦|"
             "Струны для акустической гитары из фосфорной бронзы|"
             "Cuerdas de bronce fosforado para guitarra acústica",
             "Nickel Wound Electric Guitar Strings|镍缠绕电吉他弦|"
             "Струны для электрогитары с никелевой обмоткой|"
             "Cuerdas de guitarra eléctrica entorchadas en níquel"),
        leaf("effect-pedals",
             "Effect Pedals|效果器|Педали эффектов|Pedales de efectos|Pedais de efeito|"
             "Pédales d'effets",
             "854370", (300, 500), (15, 10, 8), (1999, 5999),
             "Overdrive Guitar Effect Pedal|过载吉他效果器|Педаль эффектов овердрайв|"
             "Pedal de efecto overdrive para guitarra",
             "Mini Looper Pedal|迷你循环效果器|Мини-педаль лупер|Mini pedal looper"),
    ),
    branch(
        "keyboard-instruments",
        "Pianos & Keyboards|键盘乐器|Пианино и синтезаторы|Pianos y teclados|"
        "Pianos e teclados|Pianos et claviers",
        (),
        leaf("electronic-keyboards",
             "Electronic Keyboards|电子琴|Синтезаторы|Teclados electrónicos|"
             "Teclados eletrônicos|Claviers électroniques",
             "920710", (3000, 8000), (100, 35, 15), (4999, 19999),
             "61 Key Electronic Keyboard Piano|61键电子琴|Синтезатор на 61 клавишу|"
             "Teclado electrónico de 61 teclas",
             "88 Key Weighted Digital Piano|88键重锤数码钢琴|"
             "Цифровое пианино с 88 взвешенными клавишами|"
             "Piano digital de 88 teclas contrapesadas"),
        leaf("midi-controllers",
             "MIDI Controllers|MIDI控制器|MIDI-клавиатуры|Controladores MIDI|"
             "Controladores MIDI|Contrôleurs MIDI",
             "847160", (800, 2000), (55, 22, 8), (4999, 14999),
             "25 Key USB MIDI Keyboard Controller|25键USB MIDI键盘控制器|"
             "USB MIDI-клавиатура на 25 клавиш|Teclado controlador MIDI USB de 25 teclas",
             "Drum Pad MIDI Controller|打击垫MIDI控制器|MIDI-контроллер с пэдами|"
             "Controlador MIDI de pads"),
    ),
    branch(
        "string-wind-instruments",
        "String & Wind Instruments|弦乐与管乐|Струнные и духовые|Cuerda y viento|"
        "Cordas e sopro|Cordes et vents",
        (COLOUR,),
        leaf("ukuleles", "Ukuleles|尤克里里|Укулеле|Ukeleles|Ukuleles|Ukulélés",
             "920290", (600, 1200), (65, 25, 10), (1999, 5999),
             "23 Inch Concert Ukulele Mahogany|23寸桃花心木音乐会尤克里里|"
             "Концертное укулеле 23 дюйма из красного дерева|"
             "Ukelele de concierto de caoba de 23 pulgadas",
             "Soprano Ukulele Starter Kit|高音尤克里里入门套装|"
             "Набор сопрано укулеле для начинающих|Kit de ukelele soprano para principiantes"),
        leaf("harmonicas", "Harmonicas|口琴|Губные гармошки|Armónicas|Gaitas|Harmonicas",
             "920420", (60, 200), (15, 5, 3), (399, 2999),
             "10 Hole Blues Harmonica Key C|10孔C调布鲁斯口琴|"
             "Губная гармошка блюз 10 отверстий в тональности C|"
             "Armónica de blues de 10 agujeros en Do",
             "24 Hole Tremolo Harmonica|24孔复音口琴|Тремоло-гармоника 24 отверстия|"
             "Armónica trémolo de 24 agujeros"),
    ),
)

TREE["food-beverages"] = (
    branch(
        "tea",
        "Tea|茶叶|Чай|Té|Chá|Thé",
        (NET_WEIGHT,),
        leaf("green-tea", "Green Tea|绿茶|Зелёный чай|Té verde|Chá verde|Thé vert",
             "090210", (100, 550), (15, 10, 8), (599, 2999),
             "West Lake Longjing Green Tea|西湖龙井绿茶|Зелёный чай Лунцзин с Западного озера|"
             "Té verde Longjing del Lago del Oeste",
             "Jasmine Pearl Green Tea|茉莉龙珠绿茶|Зелёный чай Жасминовые жемчужины|"
             "Té verde perlas de jazmín"),
        leaf("puer-tea", "Pu'er Tea|普洱茶|Чай пуэр|Té pu-erh|Chá pu-erh|Thé pu-erh",
             "090230", (100, 400), (20, 20, 3), (899, 4999),
             "Yunnan Ripe Pu'er Tea Cake 357g|云南熟普洱茶饼357克|"
             "Прессованный шу пуэр из Юньнани 357 г|Torta de té pu-erh maduro de Yunnan 357 g",
             "Mini Tuocha Pu'er Tea|小沱茶普洱|Мини то-ча пуэр|Té pu-erh mini tuocha"),
        leaf("oolong-tea", "Oolong Tea|乌龙茶|Улун|Té oolong|Chá oolong|Thé oolong",
             "090230", (100, 550), (15, 10, 8), (699, 3999),
             "Anxi Tieguanyin Oolong Tea|安溪铁观音乌龙茶|Улун Те Гуань Инь из Аньси|"
             "Té oolong Tieguanyin de Anxi",
             "Da Hong Pao Rock Oolong|大红袍岩茶|Утёсный улун Да Хун Пао|"
             "Té oolong de roca Da Hong Pao"),
    ),
    branch(
        "snacks",
        "Snacks|零食|Снеки|Aperitivos|Petiscos|Snacks",
        (NET_WEIGHT,),
        leaf("dried-fruit-nuts",
             "Dried Fruit & Nuts|果干坚果|Сухофрукты и орехи|Frutos secos|"
             "Frutas secas e castanhas|Fruits secs et noix",
             "081340", (200, 600), (20, 15, 6), (499, 1999),
             "Dried Mango Slices|芒果干|Сушёный манго ломтиками|Rodajas de mango deshidratado",
             "Mixed Roasted Nuts Daily Pack|每日混合坚果|"
             "Ассорти жареных орехов в порционных пакетиках|"
             "Mezcla diaria de frutos secos tostados"),
        leaf("candy-chocolate",
             "Candy & Chocolate|糖果巧克力|Конфеты и шоколад|Caramelos y chocolate|"
             "Balas e chocolates|Bonbons et chocolats",
             "170490", (100, 500), (20, 15, 6), (299, 1499),
             "Chewy Milk Candy|软奶糖|Жевательные молочные конфеты|Caramelos blandos de leche",
             "Hawthorn Fruit Rolls|山楂卷|Пастила из боярышника рулетиками|"
             "Rollitos de fruta de espino"),
    ),
    branch(
        "coffee",
        "Coffee|咖啡|Кофе|Café|Café|Café",
        (NET_WEIGHT,),
        leaf("instant-coffee",
             "Instant Coffee|速溶咖啡|Растворимый кофе|Café instantáneo|Café solúvel|"
             "Café instantané",
             "210112", (150, 500), (18, 12, 8), (499, 1999),
             "3 in 1 Instant Coffee Sticks|三合一速溶咖啡条|Растворимый кофе 3 в 1 в стиках|"
             "Café instantáneo 3 en 1 en sobres",
             "Freeze Dried Black Coffee Capsules|冻干黑咖啡粉胶囊|"
             "Сублимированный чёрный кофе в капсулах|Café negro liofilizado en cápsulas"),
        leaf("coffee-beans",
             "Coffee Beans|咖啡豆|Кофе в зёрнах|Café en grano|Café em grãos|Café en grains",
             "090121", (250, 1100), (20, 12, 8), (999, 3999),
             "Yunnan Arabica Roasted Coffee Beans|云南阿拉比卡烘焙咖啡豆|"
             "Жареный кофе арабика из Юньнани в зёрнах|Café arábica tostado en grano de Yunnan",
             "Medium Roast Espresso Beans|中度烘焙意式咖啡豆|"
             "Кофе в зёрнах для эспрессо средней обжарки|Café en grano para espresso tueste medio"),
    ),
)

# --- restricted items: listed, then held by screening until the shop's licence is approved --------
# Each title names a keyword of its rule in every language, as a seller would write it.

RESTRICTED: tuple[Restricted, ...] = (
    restricted("health-monitors", "medical_devices", "901890", (300, 600), (18, 14, 10),
               (1499, 3999),
               "Upper Arm Blood Pressure Monitor|上臂式电子血压计|Автоматический тонометр на плечо|"
               "Tensiómetro de brazo automático"),
    restricted("health-monitors", "medical_devices", "901819", (50, 100), (10, 8, 5),
               (999, 2999),
               "Fingertip Pulse Oximeter|指夹式血氧仪|Пальчиковый пульсоксиметр|"
               "Oxímetro de pulso de dedo"),
    restricted("health-monitors", "medical_devices", "902780", (100, 250), (15, 10, 5),
               (999, 2999),
               "Blood Glucose Meter Kit with 50 Strips|血糖仪套装含50片试纸|"
               "Глюкометр с 50 тест-полосками|Glucómetro con 50 tiras reactivas"),
    restricted("skin-care-tools", "beauty_health_devices", "854370", (150, 400), (20, 12, 8),
               (1999, 5999),
               "RF Beauty Device for Face Lifting|射频美容仪面部提拉|"
               "Косметологический аппарат RF-лифтинг для лица|"
               "Aparato de belleza RF para lifting facial"),
    restricted("skin-care-tools", "beauty_health_devices", "854370", (100, 300), (18, 10, 6),
               (999, 3999),
               "Electric Facial Massager Beauty Instrument|电动面部按摩美容仪|"
               "Электрический массажёр для лица, косметологический аппарат|"
               "Masajeador facial eléctrico, aparato de belleza"),
    restricted("skin-care-tools", "beauty_health_devices", "901890", (30, 80), (15, 6, 4),
               (299, 999),
               "Microneedle Derma Roller 0.5mm|微针滚轮0.5mm|Мезороллер с микроиглами 0,5 мм|"
               "Dermaroller de microagujas 0,5 mm"),
    restricted("electric-shavers", "beauty_health_devices", "854370", (300, 700), (22, 15, 8),
               (3999, 9999),
               "IPL Hair Removal Device|IPL冰点脱毛仪|IPL фотоэпилятор для дома|"
               "Depiladora IPL para uso doméstico"),
    restricted("electric-shavers", "beauty_health_devices", "854370", (300, 700), (22, 15, 8),
               (4999, 12999),
               "Laser Hair Removal Handset|家用激光脱毛仪|Лазерный эпилятор для дома|"
               "Depiladora láser de uso doméstico"),
    restricted("humidifiers", "medical_devices", "901920", (200, 500), (20, 15, 10),
               (1499, 3999),
               "Ultrasonic Nebulizer Inhaler for Home|家用超声波雾化器|"
               "Ультразвуковой небулайзер для дома|Nebulizador ultrasónico para el hogar"),
)

# --- listing vocabulary ---------------------------------------------------------------------------

# What sellers put before a title; the same position in every language says the same thing, and
# the blanks make plain titles the most common.
TITLE_MODIFIERS: dict[str, tuple[str, ...]] = {
    "en": ("", "", "", "2024 New", "Hot Sale", "High Quality", "Original", "Wholesale",
           "Premium"),
    "zh-hans": ("", "", "", "2024新款", "热卖", "高品质", "原装", "批发", "精选"),
    "ru": ("", "", "", "Новинка 2024", "Хит продаж", "Высокое качество", "Оригинал", "Оптом",
           "Премиум"),
    "es": ("", "", "", "Novedad 2024", "Más vendido", "Alta calidad", "Original",
           "Al por mayor", "Premium"),
    "pt": ("", "", "", "Novidade 2024", "Mais vendido", "Alta qualidade", "Original",
           "Atacado", "Premium"),
    "fr": ("", "", "", "Nouveauté 2024", "Meilleure vente", "Haute qualité", "Original",
           "En gros", "Premium"),
}
LOT_SUFFIX: dict[str, str] = {
    "en": "{n} pcs/lot", "zh-hans": "{n}个/批", "ru": "{n} шт./лот", "es": "lote de {n} uds.",
    "pt": "lote com {n} unid.", "fr": "lot de {n} pcs",
}
DESCRIPTION: dict[str, str] = {
    "en": "{title}. Ships from {place} within {days} days; every order is checked before "
          "dispatch.",
    "zh-hans": "{title}。{place}发货，{days}天内发出，发货前逐件检查。",
    "ru": "{title}. Отправка из {place} в течение {days} дней, каждый заказ проверяется перед "
          "отправкой.",
    "es": "{title}. Envío desde {place} en {days} días; cada pedido se revisa antes del envío.",
    "pt": "{title}. Envio de {place} em até {days} dias; cada pedido é conferido antes do envio.",
    "fr": "{title}. Expédié depuis {place} sous {days} jours ; chaque commande est vérifiée "
          "avant l'envoi.",
}
SHIPS_FROM: dict[str, dict[str, str]] = {
    "CN": {"en": "China", "zh-hans": "中国", "ru": "Китая", "es": "China", "pt": "China",
           "fr": "la Chine"},
    "HK": {"en": "Hong Kong", "zh-hans": "香港", "ru": "Гонконга", "es": "Hong Kong",
           "pt": "Hong Kong", "fr": "Hong Kong"},
}
# Invented house brands; most demo listings carry none, as most small sellers' goods do not.
BRANDS: tuple[str, ...] = ("Lumora", "Kaivo", "Zentrix", "Orbico", "Novaly", "Haoyun", "Qinglan",
                           "Vexaro", "Artiva", "Solvane", "Minghe", "Tavoro")

# Where a top-level category has no demo shop of its own, the shops of a related one list in it.
RELATED_FOCUS: dict[str, str] = {
    "underwear-sleepwear": "apparel-accessories",
    "weddings-events": "apparel-accessories",
    "eyewear": "jewelry-watches",
    "security-protection": "consumer-electronics",
    "musical-instruments": "consumer-electronics",
    "home-improvement": "tools",
    "furniture": "home-garden",
    "pet-products": "home-garden",
    "office-school-supplies": "computer-office",
    "novelty-special-use": "toys-hobbies",
    "food-beverages": "home-garden",
    "arts-crafts-sewing": "toys-hobbies",
    "mother-kids": "toys-hobbies",
}

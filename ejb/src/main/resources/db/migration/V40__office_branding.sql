-- Branding per office: the name and tagline its site shows, its logo (a path below the web
-- application's root, or an absolute URL) and two colours: the masthead's background (under white
-- text) and the links' colour (on white). Where they are used they are checked for WCAG AA
-- contrast (tenancy.entity.Branding); these values pass it.
ALTER TABLE office ADD COLUMN site_name VARCHAR(200);
ALTER TABLE office ADD COLUMN tagline VARCHAR(300);
ALTER TABLE office ADD COLUMN logo VARCHAR(500);
ALTER TABLE office ADD COLUMN brand_colour VARCHAR(7) NOT NULL DEFAULT '#1d2433';
ALTER TABLE office ADD COLUMN accent_colour VARCHAR(7) NOT NULL DEFAULT '#0b5cad';

UPDATE office SET site_name = 'Dateline San José',
    tagline = 'Regional office for Central America, North America and the Caribbean',
    logo = 'resources/brand/san-jose.svg', brand_colour = '#005f73', accent_colour = '#0e6e8c'
    WHERE slug = 'san-jose';
UPDATE office SET site_name = 'Dateline Georgetown',
    tagline = 'News from the Georgetown office',
    logo = 'resources/brand/georgetown.svg', brand_colour = '#14532d', accent_colour = '#166534'
    WHERE slug = 'georgetown';
UPDATE office SET site_name = 'Dateline Washington',
    tagline = 'News and the monthly newsletter from the Washington office',
    logo = 'resources/brand/washington.svg', brand_colour = '#1f3a5f', accent_colour = '#9b2226'
    WHERE slug = 'washington';
UPDATE office SET site_name = name WHERE site_name IS NULL;
ALTER TABLE office ALTER COLUMN site_name SET NOT NULL;

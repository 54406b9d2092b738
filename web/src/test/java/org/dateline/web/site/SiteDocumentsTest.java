package org.dateline.web.site;

import org.dateline.placements.entity.PlacementAddress;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SiteDocumentsTest {

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void aSitemapEscapesWhatItWritesAndReadsBackAsWritten() throws Exception {
        String site = "https://example.org/r&d<x>/";
        byte[] xml = SiteDocuments.sitemap(site, true, List.of(new PlacementAddress(12, "fish-chips", Instant.parse("2020-06-11T18:00:00.123Z"))));
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).startsWith("<?xml").contains("r&amp;d&lt;x&gt;")
                .doesNotContain("r&d");
        Document document = parse(xml);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(texts(document, "loc")).containsExactly(site, site + "stories/12-fish-chips");
        assertThat(texts(document, "lastmod")).containsExactly("2020-06-11T18:00:00Z");
    }

    @Test
    void theSitemapIndexListsEveryPage() throws Exception {
        Document document = parse(SiteDocuments.sitemapIndex("https://example.org/a&b/", 3));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(texts(document, "loc")).containsExactly("https://example.org/a&b/sitemap-1.xml", "https://example.org/a&b/sitemap-2.xml",
                "https://example.org/a&b/sitemap-3.xml");
    }

    @Test
    void robotsPointsAtTheIndex() {
        assertThat(new String(SiteDocuments.robots("https://sanjose.example.org/"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("User-agent: *\nAllow: /\nSitemap: https://sanjose.example.org/sitemap.xml\n");
    }
}

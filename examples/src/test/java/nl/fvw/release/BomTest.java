package nl.fvw.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The BOM has no parent (an embedding tool must not import fvw's test libraries), so it repeats
 * the versions it hands out: they must be the ones the parent builds and tests fvw with.
 */
class BomTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theBomHandsOutTheVersionsFvwIsBuiltWith() throws Exception {
        Element parent = read(ROOT.resolve("pom.xml"));
        Element bom = read(ROOT.resolve("bom/pom.xml"));
        assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
        for (String property : List.of("drools.version", "money-api.version", "moneta.version", "jackson.version")) {
            assertThat(property(bom, property)).as(property).isEqualTo(property(parent, property));
        }
    }

    @Test
    void theEmbeddingExampleUsesTheVersionBeingBuilt() throws Exception {
        Element parent = read(ROOT.resolve("pom.xml"));
        Element consumer = read(ROOT.resolve("examples/embedding/pom.xml"));
        assertThat(property(consumer, "fvw.version")).isEqualTo(text(parent, "version"));
    }

    /** A budget tool's build runs offline and reproducibly: every plugin of its lifecycle has a version, the parent's. */
    @Test
    void theEmbeddingExamplePinsEveryPluginOfItsLifecycle() throws Exception {
        Element parent = read(ROOT.resolve("pom.xml"));
        Element consumer = read(ROOT.resolve("examples/embedding/pom.xml"));
        for (String plugin : List.of("maven-clean-plugin", "maven-resources-plugin", "maven-compiler-plugin",
                "maven-surefire-plugin", "maven-jar-plugin", "maven-install-plugin", "maven-deploy-plugin")) {
            assertThat(pluginVersion(consumer, plugin)).as(plugin).isNotNull().isEqualTo(pluginVersion(parent, plugin));
        }
    }

    private static String pluginVersion(Element project, String artifactId) {
        var plugins = project.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element p = (Element) plugins.item(i);
            var a = p.getElementsByTagName("artifactId");
            var v = p.getElementsByTagName("version");
            if (a.getLength() > 0 && a.item(0).getTextContent().trim().equals(artifactId) && v.getLength() > 0) {
                return v.item(0).getTextContent().trim();
            }
        }
        return null;
    }

    private static Element read(Path pom) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        return d.getDocumentElement();
    }

    /** A direct child's text: the project's own version, not a dependency's. */
    private static String text(Element project, String child) {
        for (var n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + child + "> in the project");
    }

    private static String property(Element project, String name) {
        var properties = project.getElementsByTagName("properties");
        assertThat(properties.getLength()).isEqualTo(1);
        var values = ((Element) properties.item(0)).getElementsByTagName(name);
        assertThat(values.getLength()).as(name).isEqualTo(1);
        return values.item(0).getTextContent().trim();
    }
}

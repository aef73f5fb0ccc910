package nl.fvw.rules.internal;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * A compiled rule base taken from the cache: the jar of the executable model that {@link RuleCompiler}
 * wrote, its model classes loaded from the jar itself and made into a rule base directly, as
 * {@link ShippedModel} does for the shipped rules, instead of through a KIE container (which reads the
 * whole module into memory and defines its classes anew).
 */
final class CachedModel {
    /** Where the executable model lists its classes, inside the cached jar. */
    private static final String FOLDER = "META-INF/kie/" + RuleCompiler.GROUP + "/" + RuleCompiler.ARTIFACT + "/";

    private CachedModel() {
    }

    /**
     * The rule base of a cached jar.
     *
     * @param jar the cached jar
     * @return the rule base
     * @throws IOException when the jar cannot be read or lists no model
     * @throws ReflectiveOperationException when a listed model class cannot be made
     */
    static KieBase kieBase(Path jar) throws IOException, ReflectiveOperationException {
        List<String> models;
        Set<String> generated;
        try (JarFile j = new JarFile(jar.toFile())) {
            models = lines(j, FOLDER + "drools-model").stream().filter(l -> !l.startsWith("Drools-Model-Version")).toList();
            generated = j.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        if (models.isEmpty()) {
            throw new IOException(jar + " lists no rule model");
        }
        ClassLoader loader = new ModelLoader(jar.toUri().toURL(), generated, CachedModel.class.getClassLoader());
        List<Model> out = new ArrayList<>();
        for (String name : models) {
            out.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(out);
    }

    private static List<String> lines(JarFile j, String name) throws IOException {
        ZipEntry e = j.getEntry(name);
        if (e == null) {
            throw new IOException(name + " is missing");
        }
        try (var in = j.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        }
    }

    /**
     * Loads every class the jar holds from the jar before asking the parent: the shipped model has classes
     * of the same packages and names, and the cached rule base must use its own.
     */
    private static final class ModelLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Set<String> own;

        ModelLoader(URL jar, Set<String> own, ClassLoader parent) {
            super(new URL[] {jar}, parent);
            this.own = own;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!own.contains(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}

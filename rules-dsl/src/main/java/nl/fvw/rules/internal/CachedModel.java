package nl.fvw.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;

import org.kie.api.KieBase;

/**
 * A compiled rule base taken from the cache: the jar of the executable model that {@link RuleCompiler}
 * wrote, its model classes loaded from the jar itself and made into a rule base directly, as
 * {@link ShippedModel} does for the shipped rules, instead of through a KIE container (which reads the
 * whole module into memory and defines its classes anew).
 */
final class CachedModel {
    /** Where the executable model lists its classes, inside the cached jar. */
    private static final String MODEL_LIST = "META-INF/kie/" + RuleCompiler.GROUP + "/" + RuleCompiler.ARTIFACT
            + "/drools-model";

    private CachedModel() {
    }

    /**
     * The rule base of a cached jar.
     *
     * @param jar the cached jar
     * @return the rule base
     * @throws IOException when the jar cannot be read or has no model list
     * @throws IllegalStateException when the list names no model or a listed class cannot be made
     */
    static KieBase kieBase(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            ZipEntry list = j.getEntry(MODEL_LIST);
            if (list == null) {
                throw new IOException(jar + " has no " + MODEL_LIST);
            }
            Set<String> own = j.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toUnmodifiableSet());
            ClassLoader loader = new ModelLoader(jar.toUri().toURL(), own, CachedModel.class.getClassLoader());
            try (InputStream in = j.getInputStream(list)) {
                return ShippedModel.fromModels(in, loader, "cached", jar + "!/" + MODEL_LIST);
            }
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

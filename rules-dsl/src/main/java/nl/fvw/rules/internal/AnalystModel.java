package nl.fvw.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The rule base of analysts' rules: the executable model {@link RuleCompiler} made of the analysts' files
 * alone, beside the shipped rules' prebuilt model ({@link ShippedModel}). The analysts' rules see the
 * shipped ones only through their imports and globals, so the shipped rules are not compiled again; the
 * analysts' model classes are loaded from the compiled files (a jar in the cache, or the files just
 * compiled) and made into a rule base directly, instead of through a KIE container.
 */
final class AnalystModel {
    /** Where the executable model lists its classes, among the compiled files. */
    static final String MODEL_LIST = "META-INF/kie/" + RuleCompiler.GROUP + "/" + RuleCompiler.ARTIFACT + "/drools-model";

    private AnalystModel() {
    }

    /**
     * The rule base of a cached jar.
     *
     * @param jar the cached jar
     * @return the rule base of the shipped rules and the jar's
     * @throws IOException when the jar cannot be read, has no model list or lists a model outside the
     *     analysts' package (a jar of another form: compiled anew)
     * @throws IllegalStateException when the list names no model or a listed class cannot be made
     */
    static KieBase kieBase(Path jar) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (JarInputStream in = new JarInputStream(java.nio.file.Files.newInputStream(jar))) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return kieBase(files, jar.toString());
    }

    /**
     * The rule base of compiled files.
     *
     * @param files the files by their path in the module (classes as {@code a/b/C.class}), among them the model list
     * @param waar where they are, for a message
     * @return the rule base of the shipped rules and the files'
     * @throws IOException when there is no model list or it lists a model outside the analysts' package
     * @throws IllegalStateException when the list names no model or a listed class cannot be made
     */
    static KieBase kieBase(Map<String, byte[]> files, String waar) throws IOException {
        byte[] list = files.get(MODEL_LIST);
        if (list == null) {
            throw new IOException(waar + " has no " + MODEL_LIST);
        }
        List<String> names = ShippedModel.modelNames(list);
        for (String name : names) {
            if (!name.startsWith(RuleCompiler.ANALYST_PACKAGE + ".")) {
                throw new IOException(waar + " lists the model " + name + ", outside " + RuleCompiler.ANALYST_PACKAGE);
            }
        }
        Map<String, byte[]> classes = new HashMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".class")) {
                classes.put(path.substring(0, path.length() - ".class".length()).replace('/', '.'), bytes);
            }
        });
        ClassLoader loader = new ModelLoader(classes, AnalystModel.class.getClassLoader());
        List<Model> models = new ArrayList<>(ShippedModel.models());
        models.addAll(ShippedModel.models(names, loader, "cached", waar + "!/" + MODEL_LIST));
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /**
     * Defines the compiled classes from their bytes before asking the parent: the executable model may
     * name a generated class as the shipped model does (their packages' metadata), and the analysts'
     * rule base must use its own.
     */
    private static final class ModelLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        ModelLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("fvw-analistenregels", parent);
            this.classes = Map.copyOf(classes);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes = name.endsWith(".class") ? classes.get(name.substring(0, name.length() - 6).replace('/', '.')) : null;
            return bytes == null ? super.getResourceAsStream(name) : new java.io.ByteArrayInputStream(bytes);
        }
    }
}

package nl.fvw.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The shipped rules as the executable model the build generated (kie-maven-plugin): the model
 * classes listed in this jar, made into a rule base directly. That skips the KIE container's
 * scan of the class path for kmodule.xml files, which took most of the start time.
 */
public final class ShippedModel {
    /** Where kie-maven-plugin lists the generated model classes of this artifact. */
    static final String MODEL_LIST = "META-INF/kie/nl.fvw/fvw-rules-dsl/drools-model";

    private ShippedModel() {
    }

    /**
     * The shipped rule base.
     *
     * @return a rule base of every shipped rule
     * @throws IllegalStateException when the jar holds no model list or a listed class is missing
     */
    public static KieBase kieBase() {
        return KieBaseBuilder.createKieBaseFromModel(models());
    }

    /**
     * The shipped rules' models, made anew: with an analysts' model beside them they make the rule base of
     * analysts' rules ({@link AnalystModel}).
     *
     * @return the models, one per package of the shipped rules
     * @throws IllegalStateException when the jar holds no model list or a listed class is missing
     */
    static List<Model> models() {
        try (InputStream in = ShippedModel.class.getClassLoader().getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_LIST + " is missing from the class path: the rules were not built");
            }
            return models(modelNames(in.readAllBytes()), ShippedModel.class.getClassLoader(), "shipped", MODEL_LIST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model classes a list names, as kie-maven-plugin and the executable model write it: one class per
     * line after a "Drools-Model-Version" line.
     *
     * @param modelList the list's bytes
     * @return the class names, in the list's order
     */
    static List<String> modelNames(byte[] modelList) {
        List<String> names = new ArrayList<>();
        for (String line : new String(modelList, StandardCharsets.UTF_8).split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The models of the classes named, loaded by {@code loader}.
     *
     * @param names the model classes
     * @param loader their class loader
     * @param soort which rules, for a message ("shipped", "cached")
     * @param waar where the list is, for a message
     * @return the models
     * @throws IllegalStateException when no model is named or a named class cannot be made
     */
    static List<Model> models(List<String> names, ClassLoader loader, String soort, String waar) {
        if (names.isEmpty()) {
            throw new IllegalStateException(waar + " names no rule model");
        }
        List<Model> models = new ArrayList<>();
        for (String name : names) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the " + soort + " rule model " + name + " cannot be loaded: " + e, e);
            }
        }
        return models;
    }
}

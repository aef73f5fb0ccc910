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
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses()) {
            try {
                models.add((Model) Class.forName(name, true, ShippedModel.class.getClassLoader()).getDeclaredConstructor()
                        .newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the shipped rule model " + name + " cannot be loaded: " + e, e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException(MODEL_LIST + " names no rule model");
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static List<String> modelClasses() {
        try (InputStream in = ShippedModel.class.getClassLoader().getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_LIST + " is missing from the class path: the rules were not built");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("Drools-Model-Version")) {
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

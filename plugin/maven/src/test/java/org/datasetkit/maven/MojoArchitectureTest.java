package org.datasetkit.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.apache.maven.plugin.Mojo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Maven front end, checked on this module's compiled classes: every goal is a {@code *Mojo} with its
 * {@code @Mojo} descriptor, and the hand-written ones are in {@code org.datasetkit.maven}; the pipeline itself is in
 * the core (whose own test keeps Maven types out of it).
 */
class MojoArchitectureTest {

    private static JavaClasses plugin;

    @BeforeAll
    static void importThisModule() {
        plugin = new ClassFileImporter().importPath(Path.of("target/classes"));
        assertThat(plugin.contain(BundleMojo.class)).as("this module's classes were imported").isTrue();
    }

    /** maven-plugin-plugin generates the help goal into a package named after the artifact. */
    private static final String GENERATED_HELP = "org.datasetkit.dataset_maven_plugin.HelpMojo";

    @Test
    void mojosLiveInTheFrontEndPackage() {
        classes().that().areAssignableTo(Mojo.class).and().doNotHaveFullyQualifiedName(GENERATED_HELP)
                .should().resideInAPackage("org.datasetkit.maven")
                .because("the goals are one thin layer over datasetkit-core, found in one place")
                .check(plugin);
    }

    @Test
    void everyGoalIsADescribedMojo() {
        classes().that().areAssignableTo(Mojo.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().haveSimpleNameEndingWith("Mojo")
                .andShould().beAnnotatedWith(org.apache.maven.plugins.annotations.Mojo.class)
                .because("a goal without its @Mojo descriptor is not in plugin.xml, so Maven cannot run it")
                .check(plugin);
    }
}

package org.datasetkit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's architecture, checked on its compiled classes (so a fully qualified name counts as much as an import):
 * it is plain Java, its packages form no cycle, and the bag writer does not know the datasheet.
 */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.datasetkit.core");
        assertThat(core.stream().map(c -> c.getPackageName()).distinct())
                .as("the main classes of every core package were imported")
                .contains("org.datasetkit.core.bag", "org.datasetkit.core.dataset", "org.datasetkit.core.datasheet",
                        "org.datasetkit.core.diag", "org.datasetkit.core.export", "org.datasetkit.core.fixity",
                        "org.datasetkit.core.license", "org.datasetkit.core.output", "org.datasetkit.core.privacy");
    }

    @Test
    void theCoreUsesNoBuildToolTypes() {
        ArchRule rule = noClasses().that().resideInAPackage("org.datasetkit.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.maven..", "org.codehaus.plexus..", "org.eclipse.sisu..", "javax.inject..",
                        "org.eclipse.aether..", "org.datasetkit.maven..")
                .because("the core is the pipeline as a plain Java library: front ends (Maven, a CLI, Gradle) map "
                        + "their settings onto it, never the other way round");
        rule.check(core);
    }

    @Test
    void theCorePackagesFormNoCycle() {
        ArchRule rule = slices().matching("org.datasetkit.core.(*)..").should().beFreeOfCycles()
                .because("each package can then be understood, tested and moved on its own");
        rule.check(core);
    }

    @Test
    void theBagDoesNotKnowTheDatasheet() {
        ArchRule rule = noClasses().that().resideInAPackage("org.datasetkit.core.bag..")
                .should().dependOnClassesThat().resideInAPackage("org.datasetkit.core.datasheet..")
                .because("a bag is written from files, checksums and bag-info fields; what the datasheet says is "
                        + "mapped onto those by the caller");
        rule.check(core);
    }
}

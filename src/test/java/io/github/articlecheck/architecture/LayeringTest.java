package io.github.articlecheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the code, held by the build rather than by memory. Arrows go one way:
 * {@code maven → run → report, engine, init, checks → read → core}; {@code core} depends on nothing of ours; the checks
 * ({@code frontmatter}, {@code structure}, {@code html}, {@code links}, {@code writing}) never import each other, the runner or the
 * front ends; only {@code maven} knows Maven.
 */
class LayeringTest {
    private static final String ROOT = "io.github.articlecheck";
    private static final String[] CHECKS = {ROOT + ".frontmatter..", ROOT + ".structure..", ROOT + ".html..",
        ROOT + ".links..", ROOT + ".writing.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void coreDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".core..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".read..", ROOT + ".engine..", ROOT + ".report..", ROOT + ".run..",
                        ROOT + ".maven..", ROOT + ".frontmatter..", ROOT + ".structure..", ROOT + ".html..",
                        ROOT + ".links..", ROOT + ".writing..")
                .check(classes);
    }

    @Test
    void theReaderDependsOnlyOnCore() {
        noClasses().that().resideInAPackage(ROOT + ".read..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".engine..", ROOT + ".report..", ROOT + ".run..", ROOT + ".maven..",
                        ROOT + ".frontmatter..", ROOT + ".structure..", ROOT + ".html..", ROOT + ".links..", ROOT + ".writing..")
                .check(classes);
    }

    @Test
    void theSiteModelReadsConfigurationWithTheReaderAndNothingElse() {
        noClasses().that().resideInAPackage(ROOT + ".site..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".engine..", ROOT + ".report..", ROOT + ".run..", ROOT + ".maven..",
                        ROOT + ".frontmatter..", ROOT + ".structure..", ROOT + ".html..", ROOT + ".links..", ROOT + ".writing..")
                .check(classes);
    }

    @Test
    void schemaInferenceWorksOnFrontMattersAloneWithNothingButCore() {
        noClasses().that().resideInAPackage(ROOT + ".init..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".read..", ROOT + ".engine..", ROOT + ".report..", ROOT + ".run..",
                        ROOT + ".maven..", ROOT + ".site..", ROOT + ".frontmatter..", ROOT + ".structure..",
                        ROOT + ".html..", ROOT + ".links..", ROOT + ".writing..")
                .check(classes);
    }

    @Test
    void checksNeverImportEachOtherTheRunnerOrTheFrontEnds() {
        for (String check : CHECKS) {
            java.util.List<String> others = new java.util.ArrayList<>(java.util.List.of(CHECKS));
            others.remove(check);
            others.addAll(java.util.List.of(ROOT + ".engine..", ROOT + ".report..", ROOT + ".run..", ROOT + ".maven..",
                    ROOT + ".site.."));
            noClasses().that().resideInAPackage(check).should().dependOnClassesThat()
                    .resideInAnyPackage(others.toArray(String[]::new)).check(classes);
        }
    }

    @Test
    void theRunnerNamesNoCheck() {
        noClasses().that().resideInAPackage(ROOT + ".engine..").should().dependOnClassesThat()
                .resideInAnyPackage(CHECKS).orShould().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".report..", ROOT + ".run..", ROOT + ".maven..").check(classes);
    }

    @Test
    void reportsRenderWithoutRunningAnything() {
        noClasses().that().resideInAPackage(ROOT + ".report..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".run..", ROOT + ".maven..").orShould().dependOnClassesThat()
                .resideInAnyPackage(CHECKS).check(classes);
    }

    @Test
    void onlyTheMavenLayerKnowsMaven() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".maven..").should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven..").check(classes);
    }
}

package uk.gov.ects.desk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layers of the developers' guide: model ← service; model ← client ← gui; launcher wires. */
@AnalyzeClasses(packages = "uk.gov.ects.desk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("..desk.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..desk.service..", "..desk.client..", "..desk.gui..", "..desk.launcher..")
            .because("the rules are plain Java shared by the service and the client");

    @ArchTest
    static final ArchRule modelDoesNoIo = noClasses()
            .that().resideInAPackage("..desk.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.io..", "java.nio..", "java.net..", "java.sql..", "javafx..", "com.google.gson..",
                    "okhttp3..", "retrofit2..", "io.javalin..", "org.h2..", "org.flywaydb..")
            .because("the rules decide; they never read or write anything");

    @ArchTest
    static final ArchRule clientAndGuiNeverCallTheService = noClasses()
            .that().resideInAnyPackage("..desk.client..", "..desk.gui..")
            .should().dependOnClassesThat().resideInAPackage("..desk.service..")
            .because("the client reaches the service only over HTTP");

    @ArchTest
    static final ArchRule serviceKnowsNoClient = noClasses()
            .that().resideInAPackage("..desk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("..desk.client..", "..desk.gui..", "..desk.launcher..");

    @ArchTest
    static final ArchRule clientKnowsNoGui = noClasses()
            .that().resideInAPackage("..desk.client..")
            .should().dependOnClassesThat().resideInAPackage("..desk.gui..");

    @ArchTest
    static final ArchRule javaFxOnlyInGui = noClasses()
            .that().resideOutsideOfPackage("..desk.gui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("views live in gui; everything else is testable without a display");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("everything is logged through SLF4J, where personal data is kept out");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}

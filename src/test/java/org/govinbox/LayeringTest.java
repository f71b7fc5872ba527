package org.govinbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The imports read downwards (STYLE.md): a component's control and entity never reach a boundary (its own or
 * another's), and the components form no cycle. Checked on the product's classes, not the tests'.
 */
class LayeringTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.govinbox");

    @Test
    void controlAndEntityNeverImportABoundary() {
        noClasses().that().resideInAnyPackage("org.govinbox..control..", "org.govinbox..entity..")
                .should().dependOnClassesThat().resideInAPackage("org.govinbox..boundary..")
                .because("a boundary calls its control and entities, never the other way round")
                .check(PRODUCT);
    }

    @Test
    void componentsFormNoCycle() {
        slices().matching("org.govinbox.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void casework() {
        noClasses().that().resideInAPackage("org.govinbox.casework..")
                .should().dependOnClassesThat().resideInAnyPackage("org.govinbox.mailbox..", "org.govinbox.disclosure..")
                .because("a case type plugs into the engine; the engine names no type")
                .check(PRODUCT);
    }
}

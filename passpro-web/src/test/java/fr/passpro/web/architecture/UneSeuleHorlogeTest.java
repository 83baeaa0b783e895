package fr.passpro.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One clock for everything Passpro shows or decides (issue 18, item 7): a rehearsal started at another date with
 * {@code passpro.horloge.depart} must not show the real date in one place and the rehearsal's in another. No production
 * class of the EJB, batch or web module reads the time otherwise than through the injected {@link java.time.Clock}.
 */
class UneSeuleHorlogeTest {

    /** The classes allowed to read the real time, and why. */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "fr.passpro.application.inscription.ClockProducer",
            "produces the clock: the system clock, or one offset from the real time for a rehearsal; and shifts the "
                    + "real times stamped by Jakarta Batch onto it",
            "fr.passpro.infrastructure.mail.EnvoiCourriers",
            "the outbox worker sends at the later of the services' clock and the real time, measures how long an "
                    + "attempt takes, and dates the SMTP message with the real time that mail servers expect",
            "fr.passpro.web.security.PassproAuthenticationMechanism",
            "how long ago a session re-read its account is real elapsed time (a security cache), not a date of the "
                    + "procedure: a test clock fixed or moved must not keep a deactivated account's session alive");

    private static JavaClasses passpro;

    @BeforeAll
    static void importer() {
        passpro = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.passpro");
    }

    @Test
    void the_three_modules_are_imported() {
        // a rule over nothing would pass: check that EJB, batch and web classes are all there
        assertThat(passpro.contain("fr.passpro.application.audit.JournalAudit")).isTrue();
        assertThat(passpro.contain("fr.passpro.batch.BatchJobs")).isTrue();
        assertThat(passpro.contain("fr.passpro.web.planning.SeancesBean")).isTrue();
    }

    @Test
    void no_class_reads_the_time_outside_the_clock() {
        ArchRule rule = noClasses().that(DescribedPredicate.not(estException()))
                .should().callMethodWhere(litLHeureReelle())
                .orShould().callConstructor(java.util.Date.class)
                .because("the time shown or decided comes from the injected java.time.Clock (ClockProducer)");
        rule.check(passpro);
    }

    @Test
    void the_rule_sees_a_call_to_now() {
        // the predicate recognises what it forbids: ClockProducer itself calls Instant.now()
        assertThat(passpro.get("fr.passpro.application.inscription.ClockProducer").getMethodCallsFromSelf().stream()
                .anyMatch(litLHeureReelle()::test)).isTrue();
    }

    private static DescribedPredicate<JavaClass> estException() {
        return DescribedPredicate.describe("a named exception",
                c -> EXCEPTIONS.containsKey(c.getName()) || EXCEPTIONS.containsKey(c.getName().split("\\$")[0]));
    }

    private static final Set<String> HORLOGES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.Year", "java.time.YearMonth", "java.time.MonthDay", "java.time.Clock", "java.lang.System");

    /** {@code X.now()} and {@code X.now(zone)} (not {@code X.now(clock)}), {@code Clock.system…()}, {@code System.currentTimeMillis()}. */
    static DescribedPredicate<JavaMethodCall> litLHeureReelle() {
        return DescribedPredicate.describe("reads the real time (now(), Clock.system…, System.currentTimeMillis())",
                call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    if (!HORLOGES.contains(owner)) {
                        return false;
                    }
                    return owner.equals("java.lang.System") ? name.equals("currentTimeMillis")
                            : owner.equals("java.time.Clock") ? name.startsWith("system")
                            : name.equals("now") && call.getTarget().getRawParameterTypes().stream()
                                    .noneMatch(t -> t.isEquivalentTo(java.time.Clock.class));
                });
    }
}

package fr.passpro.application.inscription;

import fr.passpro.domain.inscription.RetraitInscription;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.concurrent.CompletionStage;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.ExceptionDelai;
import fr.passpro.domain.inscription.Fixtures;
import fr.passpro.domain.inscription.Ine;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.InscriptionEnDoubleException;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.scope.Scope;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * In-memory stand-ins for the caller and the repositories. The scope filtering they do mirrors the JPQL of the real
 * repositories (an établissement scope sees its own rows only); the JPQL itself is tested with Arquillian.
 */
final class Fakes {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private Fakes() {
    }

    static boolean visible(Scope scope, Etablissement college) {
        return scope.isAcademie() ? scope.academieCode().equals(college.getAcademie().getCode())
                : college.getId().equals(scope.etablissementId().getAsLong());
    }

    static final class Caller extends CurrentUser {
        Account account;

        Caller(Account account) {
            this.account = account;
        }

        @Override
        public Optional<Account> account() {
            return Optional.of(account);
        }

        @Override
        public boolean isInRole(String role) {
            return account.groups().contains(role);
        }
    }

    static final class Campagnes extends CampagneRepository {
        final Campagne campagne;

        Campagnes(Campagne campagne) {
            this.campagne = campagne;
        }

        @Override
        public Optional<Campagne> findCourante(String academieCode) {
            return Optional.of(campagne).filter(c -> c.getAcademie().getCode().equals(academieCode));
        }

        @Override
        public Campagne getCourante(String academieCode) {
            return findCourante(academieCode).orElseThrow();
        }
    }

    static final class Eleves extends EleveRepository {
        final List<Eleve> rows = new ArrayList<>();

        Eleves(Eleve... eleves) {
            rows.addAll(List.of(eleves));
        }

        @Override
        public Optional<Eleve> findVisibleById(Scope scope, long id) {
            return rows.stream().filter(e -> e.getId() == id && visible(scope, e.getCollege())).findFirst();
        }

        @Override
        public boolean exists(long id) {
            return rows.stream().anyMatch(e -> e.getId() == id);
        }

        @Override
        public List<Eleve> findVisible(Scope scope, long campagneId) {
            return rows.stream().filter(e -> visible(scope, e.getCollege())).toList();
        }

        @Override
        public List<Eleve> findByCleDoublon(long collegeId, long campagneId, String cle) {
            return rows.stream().filter(e -> e.getCollege().getId() == collegeId
                    && e.getCampagne().getId() == campagneId && e.normalisedKey().equals(cle)).toList();
        }

        @Override
        public Optional<Eleve> findByIne(long collegeId, long campagneId, Ine ine) {
            return rows.stream().filter(e -> e.getCollege().getId() == collegeId
                    && e.getCampagne().getId() == campagneId && e.getIne().equals(Optional.of(ine))).findFirst();
        }

        @Override
        public Eleve save(Eleve eleve) {
            rows.add(Fixtures.withId(eleve, IDS.incrementAndGet()));
            return eleve;
        }
    }

    static final class Referents extends ReferentRepository {
        final List<Referent> rows = new ArrayList<>();

        Referents(Referent... referents) {
            rows.addAll(List.of(referents));
        }

        @Override
        public List<Referent> findVisible(Scope scope) {
            return rows.stream().filter(r -> visible(scope, r.getCollege())).toList();
        }

        @Override
        public Optional<Referent> findVisibleById(Scope scope, long id) {
            return rows.stream().filter(r -> r.getId() == id && visible(scope, r.getCollege())).findFirst();
        }

        @Override
        public boolean exists(long id) {
            return rows.stream().anyMatch(r -> r.getId() == id);
        }

        @Override
        public Optional<Referent> findByCollegeAndEmail(long collegeId, String email) {
            return rows.stream().filter(r -> r.getCollege().getId() == collegeId && r.getEmail().equals(email))
                    .findFirst();
        }

        @Override
        public Referent save(Referent referent) {
            rows.add(Fixtures.withId(referent, IDS.incrementAndGet()));
            return referent;
        }
    }

    static final class Inscriptions extends InscriptionRepository {
        final List<Inscription> rows = new ArrayList<>();
        final List<ExceptionDelai> exceptions = new ArrayList<>();
        final List<Object> catalogue = new ArrayList<>();
        /** An inscription another request committed meanwhile: the pre-check misses it, the unique key does not. */
        Inscription concurrente;

        Inscriptions(Object... catalogue) {
            this.catalogue.addAll(List.of(catalogue));
        }

        @Override
        public Optional<Inscription> findVisibleById(Scope scope, long id) {
            return rows.stream().filter(i -> i.getId() == id && visible(scope, i.getEleve().getCollege())).findFirst();
        }

        @Override
        public boolean exists(long id) {
            return rows.stream().anyMatch(i -> i.getId() == id);
        }

        @Override
        public Optional<Inscription> findByEleveAndDomaine(long eleveId, long domaineId) {
            return rows.stream().filter(i -> i.getEleve().getId() == eleveId && i.getDomaine().getId() == domaineId)
                    .findFirst();
        }

        @Override
        public Optional<Inscription> findByEleveAndDomaineHorsTransaction(long eleveId, long domaineId) {
            return Optional.ofNullable(concurrente);
        }

        @Override
        public List<Inscription> findVisible(Scope scope, long campagneId) {
            return rows.stream().filter(i -> visible(scope, i.getEleve().getCollege())).toList();
        }

        @Override
        public Map<StatutInscription, Long> countByStatut(Scope scope, long campagneId) {
            Map<StatutInscription, Long> counts = new EnumMap<>(StatutInscription.class);
            findVisible(scope, campagneId).forEach(i -> counts.merge(i.getStatut(), 1L, Long::sum));
            return counts;
        }

        @Override
        public Inscription ajouter(Inscription inscription) {
            if (concurrente != null) {
                throw new InscriptionEnDoubleException(inscription.getEleve(), inscription.getDomaine());
            }
            rows.add(Fixtures.withId(inscription, IDS.incrementAndGet()));
            return inscription;
        }

        @Override
        public List<ExceptionDelai> findExceptionsDelai(long collegeId, long campagneId) {
            return exceptions;
        }

        @Override
        public Optional<Domaine> findDomaine(long id) {
            return find(Domaine.class, id, Domaine::getId);
        }

        @Override
        public Optional<Formation> findFormation(long id) {
            return find(Formation.class, id, Formation::getId);
        }

        @Override
        public Optional<Etablissement> findEtablissement(long id) {
            return find(Etablissement.class, id, Etablissement::getId);
        }

        private <T> Optional<T> find(Class<T> type, long id, java.util.function.Function<T, Long> idOf) {
            return catalogue.stream().filter(type::isInstance).map(type::cast).filter(t -> idOf.apply(t) == id)
                    .findFirst();
        }
    }

    /** Collects the lines of a logger while a test runs. */
    static final class Journal extends Handler {
        final List<LogRecord> records = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        List<String> messages() {
            return records.stream().map(r -> new java.text.MessageFormat(r.getMessage())
                    .format(r.getParameters())).toList();
        }
    }

    /** Records the withdrawals the service announces, instead of the planning that frees the seats. */
    static final class Retraits implements Event<RetraitInscription> {

        final List<RetraitInscription> annonces = new ArrayList<>();

        @Override
        public void fire(RetraitInscription event) {
            annonces.add(event);
        }

        @Override
        public <U extends RetraitInscription> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends RetraitInscription> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<RetraitInscription> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends RetraitInscription> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends RetraitInscription> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}

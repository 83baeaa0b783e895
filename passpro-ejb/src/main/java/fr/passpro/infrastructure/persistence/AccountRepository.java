package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.compte.Account;
import fr.passpro.domain.scope.Scope;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Stateless
public class AccountRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** The account with this login (compared as the database collation does: case-insensitive). */
    public Optional<Account> findByLogin(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("login", login.strip())
                .getResultStream()
                .findFirst();
    }

    /** The accounts this scope sees: those of its établissement, or all those of the académie and its établissements. */
    public List<Account> findVisible(Scope scope) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        if (scope.isAcademie()) {
            return em.createNamedQuery(Account.FIND_VISIBLE_BY_ACADEMIE, Account.class)
                    .setParameter("academie", scope.academieCode())
                    .getResultList();
        }
        return em.createNamedQuery(Account.FIND_VISIBLE_BY_ETABLISSEMENT, Account.class)
                .setParameter("etablissementId", scope.etablissementId().getAsLong())
                .getResultList();
    }

    /** One account by id, whoever may see it: for telling a refused access from a missing account only. */
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * One account of an établissement, only if this scope manages it: an account of its établissement, or of an
     * établissement of its académie. Never an académie account.
     */
    public Optional<Account> findGereById(Scope scope, long id) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        if (scope.isAcademie()) {
            return em.createQuery("SELECT a FROM Account a WHERE a.id = :id"
                            + " AND a.etablissement.departement.academie.code = :academie", Account.class)
                    .setParameter("id", id)
                    .setParameter("academie", scope.academieCode())
                    .getResultStream().findFirst();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id = :id AND a.etablissement.id = :etablissementId",
                        Account.class)
                .setParameter("id", id)
                .setParameter("etablissementId", scope.etablissementId().getAsLong())
                .getResultStream().findFirst();
    }

    /**
     * The établissement accounts this scope manages, by établissement then name, at most {@code max}.
     *
     * @param etablissementId only this établissement's, or null for all those of the scope
     * @param texte           a part of the login, nom, prénom or e-mail, or of the établissement's nom or UAI; null for all
     */
    public List<Account> rechercherGeres(Scope scope, Long etablissementId, String texte, int max) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        String motif = texte == null || texte.isBlank() ? null : "%" + texte.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        StringBuilder jpql = new StringBuilder("SELECT a FROM Account a JOIN a.etablissement e WHERE ");
        jpql.append(scope.isAcademie() ? "e.departement.academie.code = :academie" : "e.id = :scopeEtablissement");
        if (etablissementId != null) {
            jpql.append(" AND e.id = :etablissementId");
        }
        if (motif != null) {
            jpql.append(" AND (LOWER(a.login) LIKE :motif OR LOWER(a.nom) LIKE :motif OR LOWER(a.prenom) LIKE :motif"
                    + " OR LOWER(a.email) LIKE :motif OR LOWER(e.nom) LIKE :motif OR LOWER(e.uai.code) LIKE :motif)");
        }
        jpql.append(" ORDER BY e.nom, a.nom, a.prenom, a.login");
        var query = em.createQuery(jpql.toString(), Account.class).setMaxResults(max);
        if (scope.isAcademie()) {
            query.setParameter("academie", scope.academieCode());
        } else {
            query.setParameter("scopeEtablissement", scope.etablissementId().getAsLong());
        }
        if (etablissementId != null) {
            query.setParameter("etablissementId", etablissementId);
        }
        if (motif != null) {
            query.setParameter("motif", motif);
        }
        return query.getResultList();
    }

    /**
     * Records a login: an UPDATE of the last-login date alone, which leaves the account's version as it is, so that
     * logins to one account at once all succeed and none makes an edit of the account in progress fail.
     */
    public void enregistrerConnexion(Account account, Instant instant) {
        Objects.requireNonNull(instant, "L'instant de connexion est obligatoire.");
        // SQL, as the attribute is not updatable through the entity (InstantConverter's conversion, by hand).
        em.createNativeQuery("UPDATE account SET derniere_connexion = ? WHERE id = ?")
                .setParameter(1, Timestamp.from(instant))
                .setParameter(2, account.getId())
                .executeUpdate();
    }

    /** Persists a new account or merges a detached one; returns the managed instance. */
    public Account save(Account account) {
        if (account.getId() == null) {
            em.persist(account);
            return account;
        }
        return em.merge(account);
    }
}

package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.compte.Account;
import fr.passpro.domain.scope.Scope;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    /** Persists a new account or merges a detached one; returns the managed instance. */
    public Account save(Account account) {
        if (account.getId() == null) {
            em.persist(account);
            return account;
        }
        return em.merge(account);
    }
}

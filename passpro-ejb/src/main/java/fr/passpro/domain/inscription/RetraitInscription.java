package fr.passpro.domain.inscription;

import fr.passpro.domain.compte.Account;
import java.util.Objects;

/**
 * Fired (synchronously, in the same transaction) when a collège withdraws an inscription, so that the planning frees
 * the pupil's seat and tells the lycée.
 */
public record RetraitInscription(Inscription inscription, Account par) {

    public RetraitInscription {
        Objects.requireNonNull(inscription, "L'inscription est obligatoire.");
        Objects.requireNonNull(par, "L'auteur est obligatoire.");
    }
}

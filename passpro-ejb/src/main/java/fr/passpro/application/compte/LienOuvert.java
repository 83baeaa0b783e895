package fr.passpro.application.compte;

import java.io.Serializable;
import java.time.Instant;

/** What the public page shows of a valid link: whose account it opens, and until when. */
public record LienOuvert(String login, String prenom, String nom, Instant expireLe) implements Serializable {
}

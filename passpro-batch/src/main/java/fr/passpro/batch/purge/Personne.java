package fr.passpro.batch.purge;

import java.io.Serializable;

/** An item of the purge: a pupil, or a pre-registration (a pupil not validated into one). */
record Personne(Type type, long id) implements Serializable {

    enum Type { ELEVE, PREINSCRIPTION }
}

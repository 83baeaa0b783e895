package fr.passpro.application.inscription;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of a pupil list did, line by line: the pupils created and the lines not imported, each with the
 * reason a person can act on (the same style as the catalogue's reject report). Nothing is imported silently.
 */
public final class ResultatImportEleves implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the file and what became of it. */
    public static final class Ligne implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int numero;
        private final String eleve;
        private final boolean creee;
        private final String motif;

        Ligne(int numero, String eleve, boolean creee, String motif) {
            this.numero = numero;
            this.eleve = eleve;
            this.creee = creee;
            this.motif = motif;
        }

        /** The line number in the file, as Excel shows it. */
        public int getNumero() {
            return numero;
        }

        /** « Samia Benali (3e B) », or what the line gives of it. */
        public String getEleve() {
            return eleve;
        }

        public boolean isCreee() {
            return creee;
        }

        /** Why the line was not imported; null for a created pupil. */
        public String getMotif() {
            return motif;
        }
    }

    private final String fichier;
    private final List<Ligne> lignes;

    ResultatImportEleves(String fichier, List<Ligne> lignes) {
        this.fichier = fichier;
        this.lignes = List.copyOf(lignes);
    }

    public String getFichier() {
        return fichier;
    }

    public List<Ligne> getLignes() {
        return lignes;
    }

    public List<Ligne> getRejets() {
        return lignes.stream().filter(l -> !l.isCreee()).toList();
    }

    public long getNombreCrees() {
        return lignes.stream().filter(Ligne::isCreee).count();
    }

    public long getNombreRejets() {
        return lignes.size() - getNombreCrees();
    }
}

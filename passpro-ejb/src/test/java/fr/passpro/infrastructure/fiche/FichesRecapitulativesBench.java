package fr.passpro.infrastructure.fiche;

import fr.passpro.infrastructure.pdf.Polices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;

import fr.passpro.infrastructure.fiche.FicheRecapitulative.Entretien;
import fr.passpro.infrastructure.fiche.FicheRecapitulative.Voeu;

/**
 * Benchmark of the fiches récapitulatives (issue 6), run by {@code bench/fiches.sh}: prints the fiches of a generated
 * collège ({@link Exemples#college}: 2 inscriptions each, 2 or 3 vœux, comptes rendus of 600 to 1,200 characters)
 * as one document N times, alternating with a reference measured in the same run: the same texts, same fonts, as
 * plain paragraphs with OpenPDF, a new page per pupil, no table, no keep-together, no footer.
 * Prints a report on the standard output, since it is a command-line tool and not application code.
 *
 * <p>Arguments: [runs, default 11] [warm-up runs, default 5] [pupils, default 300] [seed, default 6].
 */
public final class FichesRecapitulativesBench {

    private static final Font TEXTE = new Font(Polices.REGULIERE, 10, Font.NORMAL);
    private static final Font GRAS = new Font(Polices.GRASSE, 10, Font.NORMAL);

    private FichesRecapitulativesBench() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        int echauffement = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int eleves = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 6;
        PrintStream out = System.out;
        List<FicheRecapitulative> fiches = Exemples.college(eleves, seed);

        byte[] a = null;
        byte[] b = null;
        for (int i = 0; i < echauffement; i++) {
            a = FichesRecapitulatives.plusieurs(fiches);
            b = texteBrut(fiches);
        }
        double[] ta = new double[runs];
        double[] tb = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            a = FichesRecapitulatives.plusieurs(fiches);
            long t1 = System.nanoTime();
            b = texteBrut(fiches);
            long t2 = System.nanoTime();
            ta[i] = (t1 - t0) / 1e9;
            tb[i] = (t2 - t1) / 1e9;
        }
        double[] ratios = new double[runs];
        for (int i = 0; i < runs; i++) {
            ratios[i] = ta[i] / tb[i];
        }
        int pagesA = pages(a);
        int pagesB = pages(b);
        long caracteres = fiches.stream().flatMap(f -> f.entretiens().stream())
                .mapToLong(e -> e.compteRendu().length()).sum();
        out.printf("collège généré (graine %d) : %d élèves, %d inscriptions, %d vœux, comptes rendus de %d caractères"
                + " en moyenne%n", seed, fiches.size(), fiches.stream().mapToInt(f -> f.entretiens().size()).sum(),
                fiches.stream().flatMap(f -> f.entretiens().stream()).mapToInt(e -> e.voeux().size()).sum(),
                caracteres / fiches.stream().mapToInt(f -> f.entretiens().size()).sum());
        out.printf("%d passages mesurés après %d d'échauffement, A et B alternés%n", runs, echauffement);
        out.printf("A FichesRecapitulatives.plusieurs : médiane %.2f s (min %.2f, max %.2f) ; %d pages, %.0f pages/s,"
                + " %d Kio%n", mediane(ta), min(ta), max(ta), pagesA, pagesA / mediane(ta), a.length / 1024);
        out.printf("B texte brut OpenPDF            : médiane %.2f s (min %.2f, max %.2f) ; %d pages, %.0f pages/s,"
                + " %d Kio%n", mediane(tb), min(tb), max(tb), pagesB, pagesB / mediane(tb), b.length / 1024);
        out.printf("rapport A / B (temps) : médiane %.2f (min %.2f, max %.2f)%n", mediane(ratios), min(ratios),
                max(ratios));
    }

    /** The reference: every text of the fiches, in paragraphs, a new page per pupil. */
    static byte[] texteBrut(List<FicheRecapitulative> fiches) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 45, 55);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            for (int i = 0; i < fiches.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                FicheRecapitulative f = fiches.get(i);
                document.add(new Paragraph("Académie de " + f.academieNom() + " – Passpro – " + f.anneeScolaire(), GRAS));
                document.add(new Paragraph("Fiche récapitulative des entretiens d'information", GRAS));
                document.add(new Paragraph(f.elevePrenom() + " " + f.eleveNom() + ", " + f.eleveClasse() + ", né le "
                        + FichesRecapitulatives.date(f.eleveNaissance()) + ", " + f.collegeNom() + ", "
                        + f.collegeCommune() + ", " + f.referentNom() + " (" + f.referentEmail() + ")", TEXTE));
                for (Entretien e : f.entretiens()) {
                    document.add(new Paragraph(e.domaine(), GRAS));
                    document.add(new Paragraph(e.lyceeNom() + ", " + e.lyceeCommune() + " : "
                            + FichesRecapitulatives.entretien(e) + ". Présence : " + e.presence(), TEXTE));
                    for (Voeu v : e.voeux()) {
                        document.add(new Paragraph(v.rang() + ". " + v.formation() + ", " + v.etablissement()
                                + " ; avis du collège : " + v.avisOrigine() + " (" + v.commentaireOrigine()
                                + ") ; avis du lycée : " + v.avisAccueil(), TEXTE));
                    }
                    document.add(new Paragraph(e.compteRendu(), TEXTE));
                }
                document.add(new Paragraph(FichesRecapitulatives.AFFELNET, GRAS));
                document.add(new Paragraph("Observations de la famille\n\n\n\n\nSignature des représentants légaux",
                        TEXTE));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    static double mediane(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double min(double[] xs) {
        return Arrays.stream(xs).min().orElseThrow();
    }

    static double max(double[] xs) {
        return Arrays.stream(xs).max().orElseThrow();
    }
}

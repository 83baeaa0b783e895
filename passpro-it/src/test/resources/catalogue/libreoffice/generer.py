"""Writes the .fods sources of the catalogue workbooks of CatalogueImportIT; the .xlsx files are saved by LibreOffice:
    python3 generer.py && soffice --headless --convert-to xlsx --outdir . *.fods
(LibreOffice 7.4, Debian 12 package libreoffice-calc). A merged title row above the header, codes and départements
stored as numbers, the diplôme spelled as the national nomenclature does."""
import random
L="ABCDEFGHJKLMNPRSTUVWXYZ"
def uai(d7): return d7+L[int(d7)%23]
H=["Domaine","Département","Ville","UAI établissement","Établissement","UAI accueil-référent","Code formation","Libellé formation","Diplôme","Famille de métiers","Modalité d'entretien","Observations"]
u=[uai("0780%03d"%n) for n in (11,12,13)]
# (domaine, dep(num), ville, uai, etab, accueil, code(num), libelle, diplome, famille, modalite, obs)
rows=[
 ("Métiers de l'alimentation",78,"Versailles",u[0],"Lycée professionnel Jules Verne","",50022118,"Boulanger","1CAP2","","Individuel",""),
 ("Métiers de l'alimentation",78,"Versailles",u[0],"Lycée professionnel Jules Verne","",50022119,"Pâtissier","1CAP2","","Individuel","Atelier le mercredi"),
 ("Métiers de l'alimentation",78,"Versailles",u[0],"Lycée professionnel Jules Verne","",50022120,"Cuisine","1CAP1","","Collectif",""),
 ("Métiers de la relation client",78,"Mantes-la-Jolie",u[1],"Lycée professionnel Camille Claudel","",40031213,"Métiers de l'accueil","2NDPRO","Métiers de la relation client","Individuel",""),
 ("Métiers de la relation client",78,"Mantes-la-Jolie",u[1],"Lycée professionnel Camille Claudel","",40031214,"Métiers du commerce et de la vente","2NDE PRO","Métiers de la relation client","Individuel",""),
 ("Métiers de la relation client",78,"Mantes-la-Jolie",u[1],"Lycée professionnel Camille Claudel","",50031213,"Équipier polyvalent du commerce","1re année CAP","","Collectif",""),
 ("Métiers de la mer",78,"Les Mureaux",u[2],"Lycée professionnel Vauban","",32331101,"Métiers de la mer","Seconde professionnelle","Métiers de la mer","Individuel","Famille de métiers : code propre"),
 ("Métiers de la mer",78,"Les Mureaux",u[2],"Lycée professionnel Vauban","",50025216,"Matelot","1CAP3","","Individuel",""),
 ("Métiers de l'électricité",78,"Les Mureaux",u[2],"Lycée professionnel Vauban","",40025510,"Métiers de l'électricité et de ses environnements connectés","2nde pro","Métiers des transitions numérique et énergétique","Collectif",""),
 ("Métiers de l'électricité",78,"Les Mureaux",u[2],"Lycée professionnel Vauban","",50025511,"Électricien","1ère année de CAP","","Individuel",""),
]
def esc(s): return s.replace("&","&amp;").replace("<","&lt;").replace(">","&gt;").replace("'","&apos;")
def cell(v):
    if isinstance(v,int): return '<table:table-cell office:value-type="float" office:value="%d"><text:p>%d</text:p></table:table-cell>'%(v,v)
    if v=="": return '<table:table-cell/>'
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'%esc(v)
def fods(rows,title):
    out=['''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="Catalogue">''']
    out.append('<table:table-row><table:table-cell table:number-columns-spanned="12" table:number-rows-spanned="1" office:value-type="string"><text:p>%s</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="11"/></table:table-row>'%esc(title))
    out.append('<table:table-row>'+''.join(cell(h) for h in H)+'</table:table-row>')
    for r in rows: out.append('<table:table-row>'+''.join(cell(v) for v in r)+'</table:table-row>')
    out.append('</table:table></office:spreadsheet></office:body></office:document>')
    return '\n'.join(out)
T="Catalogue Passpro – Académie de Versailles – formations ouvertes aux entretiens"
open("catalogue-nomenclature.fods","w", encoding="utf-8").write(fods(rows,T))
sp=list(rows); r=list(sp[1]); r[8]="BTS"; sp[1]=tuple(r)
open("catalogue-nomenclature-ligne-abimee.fods","w", encoding="utf-8").write(fods(sp,T))
sh=list(rows); random.Random(17).shuffle(sh)
open("catalogue-nomenclature-autre-ordre.fods","w", encoding="utf-8").write(fods(sh,T))
# a CAP 2e année row and a BTS row among 20 good ones
print(u)

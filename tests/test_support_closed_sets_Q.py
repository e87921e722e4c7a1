"""One member of a closed set for another, every figure kept (holdout49 half a), in the
closed-set tables ([holder_sets] of each language): a building for another ("a 19th-century
mosque" for "a 19th-century palace"), a sea animal ("des dauphins" for "porpoises"), a
drink ("获奖啤酒" for "获奖的威士忌"), who is at a school ("Lehrer" for "Schüler"), who
investigates ("local police" for "FBI agents"), a film prize's category ("melhor ator" for
"best cast ensemble"), a kind of stored data ("Inhaltsdaten" for "données de connexion")
and a kinship of the other sex ("père" for "mother", "Enkel" for "granddaughter"), in one
language and across two. Right paraphrases, naming the same member in other words or in
another language, pass."""

import pytest

from factdb.engine.support import claim_supported


def _support(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return s.status, s.reason


_FAILS = [
    # Buildings.
    (
        "The Bardo museum is housed in a 19th-century mosque.",
        "Housed in a 19th-century palace",
        "en",
        "en",
        "palace",
    ),
    (
        "Das Museum befindet sich in einer Moschee aus dem 19. Jahrhundert.",
        "Das Museum befindet sich in einem Palast aus dem 19. Jahrhundert.",
        "de",
        "de",
        "Palast",
    ),
    (
        "Le musée est installé dans un château du 19e siècle.",
        "Le musée est installé dans une mosquée du 19e siècle.",
        "fr",
        "fr",
        "mosquée",
    ),
    (
        "El museo está en una mezquita del siglo XIX.",
        "The museum is housed in a 19th-century palace",
        "es",
        "en",
        "palace",
    ),
    # Sea animals.
    (
        "At seven, he saw his first mass stranding of dolphins.",
        "At seven, he saw his first mass stranding of porpoises.",
        "en",
        "en",
        "porpoises",
    ),
    (
        "Mit sieben Jahren sah er die erste Massenstrandung von Delfinen.",
        "Mit sieben Jahren sah er die erste Massenstrandung von Schweinswalen.",
        "de",
        "de",
        "Schweinswalen",
    ),
    (
        "A los siete años vio su primer varamiento masivo de ballenas.",
        "A los siete años vio su primer varamiento masivo de tiburones.",
        "es",
        "es",
        "tiburones",
    ),
    (
        "Le premier échouage de masse auquel il a assisté, à sept ans, concernait des dauphins.",
        "he was just seven years old when he attended his first mass stranding, a beaching of "
        "porpoises",
        "fr",
        "en",
        "porpoises",
    ),
    # Drinks.
    (
        "In 2015, Suntory sent its award-winning beer to the International Space Station.",
        "In 2015, Suntory sent some of its award-winning whisky to the International Space Station",
        "en",
        "en",
        "whisky",
    ),
    (
        "2015年，三得利把获奖啤酒送上了国际空间站。",
        "2015年，日本酿酒商三得利的全球创新中心将该公司一些获奖的威士忌运送到国际空间站",
        "zh",
        "zh",
        "威士忌",
    ),
    (
        "En 2015, Suntory a envoyé sa bière primée vers la Station spatiale internationale.",
        "En 2015, Suntory a envoyé son whisky primé vers la Station spatiale internationale.",
        "fr",
        "fr",
        "whisky",
    ),
    (
        "Im Jahr 2015 schickte Suntory sein preisgekröntes Bier zur ISS.",
        "In 2015, Suntory sent some of its award-winning whisky to the ISS",
        "de",
        "en",
        "whisky",
    ),
    # Who is at a school.
    (
        "Around 10 percent of Thuringia's teachers work at private schools.",
        "Around 10% of Thuringia's pupils attend private schools",
        "en",
        "en",
        "pupils",
    ),
    (
        "Rund 10 Prozent der thüringer Lehrer unterrichten an Schulen in freier Trägerschaft.",
        "Schon jetzt besuchen rund 10% der thüringer Schüler eine der Schulen in freier "
        "Trägerschaft",
        "de",
        "de",
        "Schüler",
    ),
    (
        "Environ 10 % des enseignants de Thuringe travaillent dans le privé.",
        "Environ 10 % des élèves de Thuringe vont dans le privé.",
        "fr",
        "fr",
        "élèves",
    ),
    (
        "Cerca del 10% de los docentes de Turingia trabaja en escuelas privadas.",
        "Rund 10% der thüringer Schüler besuchen private Schulen",
        "es",
        "de",
        "Schüler",
    ),
    # Who investigates.
    (
        "Less than 24 hours later, Roof gave a two-hour interview to local police.",
        "Less than 24 hours later, Roof gave a two-hour taped interview to FBI agents",
        "en",
        "en",
        "FBI",
    ),
    (
        "Weniger als 24 Stunden später gab Roof der örtlichen Polizei ein zweistündiges Interview.",
        "Weniger als 24 Stunden später gab Roof dem FBI ein zweistündiges Interview.",
        "de",
        "de",
        "FBI",
    ),
    (
        "Moins de 24 heures plus tard, Roof a donné un entretien de deux heures à la police "
        "locale.",
        "Moins de 24 heures plus tard, Roof a donné un entretien de deux heures à la CIA.",
        "fr",
        "fr",
        "CIA",
    ),
    (
        "Menos de 24 horas después, Roof dio una entrevista de dos horas a la policía local.",
        "Less than 24 hours later, Roof gave a two-hour taped interview to FBI agents",
        "es",
        "en",
        "FBI",
    ),
    # A film prize's category.
    (
        "Parasite was the first foreign-language film to win best actor in the 26-year history of "
        "the SAG awards.",
        "was the first film in a foreign language to win the top prize of best cast ensemble in "
        "the 26 year-history of the SAG awards.",
        "en",
        "en",
        "best cast ensemble",
    ),
    (
        "Parasite fue la primera película en lengua extranjera en ganar el premio a mejor actriz "
        "en los 26 años del SAG.",
        "Parasite fue la primera película en lengua extranjera en ganar el premio a mejor reparto "
        "en los 26 años del SAG.",
        "es",
        "es",
        "mejor reparto",
    ),
    (
        "Parasite war der erste fremdsprachige Film, der in 26 Jahren den SAG für den besten "
        "Schauspieler gewann.",
        "Parasite war der erste fremdsprachige Film, der in 26 Jahren den SAG für das beste "
        "Ensemble gewann.",
        "de",
        "de",
        "beste Ensemble",
    ),
    (
        "Parasita foi o primeiro filme em língua estrangeira a ganhar o prêmio de melhor ator nos "
        "26 anos do SAG.",
        "was the first film in a foreign language to win the top prize of best cast ensemble in "
        "the 26 year-history of the SAG awards.",
        "pt",
        "en",
        "best cast ensemble",
    ),
    # A kind of stored data.
    (
        "Content data may be kept for up to five years.",
        "Connection data may be kept for up to five years.",
        "en",
        "en",
        "Connection data",
    ),
    (
        "Inhaltsdaten dürfen bis zu fünf Jahre gespeichert werden.",
        "Verbindungsdaten dürfen bis zu fünf Jahre gespeichert werden.",
        "de",
        "de",
        "Verbindungsdaten",
    ),
    (
        "Les données de contenu pourront être conservées jusqu'à cinq ans.",
        "Les données de connexion pourront être conservées jusqu'à cinq ans.",
        "fr",
        "fr",
        "données de connexion",
    ),
    (
        "Inhaltsdaten dürfen bis zu fünf Jahre gespeichert werden.",
        "Elle pourra aller jusqu’à cinq ans dans le cas des données de connexion.",
        "de",
        "fr",
        "données de connexion",
    ),
    # A kinship of the other sex.
    (
        "Sharon Risher lost her father and two cousins in the church.",
        "Sharon Risher, whose mother and two cousins were killed at Emanuel AME Church.",
        "en",
        "en",
        "mother",
    ),
    (
        "Felicia Sanders kauerte mit ihrem elfjährigen Enkel unter einem Tisch.",
        "Felicia Sanders kauerte mit ihrer elfjährigen Enkelin unter einem Tisch.",
        "de",
        "de",
        "Enkelin",
    ),
    (
        "Sharon Risher perdió a su padre y a dos primos en la iglesia.",
        "Sharon Risher perdió a su madre y a dos primos en la iglesia.",
        "es",
        "es",
        "madre",
    ),
    (
        "Sharon Risher a perdu son père et deux cousins dans l'église.",
        "Sharon Risher, whose mother and two cousins were killed at Emanuel AME Church.",
        "fr",
        "en",
        "mother",
    ),
    (
        "Felicia Sanders kauerte mit ihrem elfjährigen Enkel unter einem Tisch.",
        "cowering with her 11-year-old granddaughter",
        "de",
        "en",
        "granddaughter",
    ),
]

_PASSES = [
    # One pair of persons named from its two ends: no other person.
    (
        "Ella Dunn was rescued with her husband after 3 days at sea.",
        "Dunn and his wife were rescued after 3 days at sea.",
        "en",
        "en",
    ),
    (
        "Ella Dunn was rescued with her brother after 3 days at sea.",
        "Dunn and his sister were rescued after 3 days at sea.",
        "en",
        "en",
    ),
    (
        "Ella Dunn, 34, wurde mit ihrem Vater gerettet.",
        "Dunn and his 34-year-old daughter were rescued.",
        "de",
        "en",
    ),
    (
        "Ella Dunn, 34 ans, a été sauvée avec son père.",
        "Dunn et sa fille de 34 ans ont été sauvés.",
        "fr",
        "fr",
    ),
    (
        "The Bardo museum is housed in a 19th-century palace.",
        "Housed in a 19th-century palace",
        "en",
        "en",
    ),
    (
        "Das Bardo-Museum befindet sich in einem Palast aus dem 19. Jahrhundert.",
        "Housed in a 19th-century palace",
        "de",
        "en",
    ),
    (
        "Das Museum ist in einem Schloss aus dem 19. Jahrhundert untergebracht.",
        "The museum is housed in a 19th-century castle",
        "de",
        "en",
    ),
    (
        "Le premier échouage de masse auquel il a assisté, à sept ans, concernait des marsouins.",
        "he was just seven years old when he attended his first mass stranding, a beaching of "
        "porpoises",
        "fr",
        "en",
    ),
    (
        "2015年，三得利把获奖威士忌送上了国际空间站。",
        "2015年，日本酿酒商三得利的全球创新中心将该公司一些获奖的威士忌运送到国际空间站",
        "zh",
        "zh",
    ),
    (
        "Im Jahr 2015 schickte Suntory seinen preisgekrönten Whisky zur ISS.",
        "In 2015, Suntory sent some of its award-winning whisky to the ISS",
        "de",
        "en",
    ),
    (
        "Rund 10 Prozent der thüringer Schüler besuchen Schulen in freier Trägerschaft.",
        "Schon jetzt besuchen rund 10% der thüringer Schüler eine der Schulen in freier "
        "Trägerschaft",
        "de",
        "de",
    ),
    (
        "Environ 10 % des élèves de Thuringe vont dans une école privée.",
        "Schon jetzt besuchen rund 10% der thüringer Schüler eine der Schulen in freier "
        "Trägerschaft",
        "fr",
        "de",
    ),
    (
        "Less than 24 hours later, Roof gave a two-hour interview to the FBI.",
        "Less than 24 hours later, Roof gave a two-hour taped interview to FBI agents",
        "en",
        "en",
    ),
    (
        "Menos de 24 horas después, Roof dio una entrevista de dos horas al FBI.",
        "Less than 24 hours later, Roof gave a two-hour taped interview to FBI agents",
        "es",
        "en",
    ),
    (
        "Parasita foi o primeiro filme em língua estrangeira a ganhar o prêmio de melhor elenco "
        "nos 26 anos do SAG.",
        "was the first film in a foreign language to win the top prize of best cast ensemble in "
        "the 26 year-history of the SAG awards.",
        "pt",
        "en",
    ),
    (
        "Mehrere Oscar-Anwärter für den 9. Februar wurden bei den SAG nicht für das beste Ensemble "
        "nominiert.",
        "Several of the contenders for best picture at the Oscars on Feb. 9 were not nominated for "
        "best movie cast ensemble at SAG.",
        "de",
        "en",
    ),
    (
        "Verbindungsdaten dürfen bis zu fünf Jahre gespeichert werden.",
        "Elle pourra aller jusqu’à cinq ans dans le cas des données de connexion.",
        "de",
        "fr",
    ),
    (
        "Sharon Risher a perdu sa mère et deux cousins dans l'église.",
        "Sharon Risher, whose mother and two cousins were killed at Emanuel AME Church.",
        "fr",
        "en",
    ),
    (
        "Felicia Sanders kauerte mit ihrer elfjährigen Enkelin unter einem Tisch.",
        "cowering with her 11-year-old granddaughter",
        "de",
        "en",
    ),
    (
        "Sharon Risher perdió a su madre y a dos primos en la iglesia.",
        "Sharon Risher, whose mom and two cousins were killed at Emanuel AME Church.",
        "es",
        "en",
    ),
]


@pytest.mark.parametrize("statement, quote, lang, quote_lang, named", _FAILS)
def test_another_member_fails(
    statement: str, quote: str, lang: str, quote_lang: str, named: str
) -> None:
    status, reason = _support(statement, quote, lang, quote_lang)
    assert status == "fail", reason
    assert named in reason


@pytest.mark.parametrize("statement, quote, lang, quote_lang", _PASSES)
def test_same_member_passes(statement: str, quote: str, lang: str, quote_lang: str) -> None:
    status, reason = _support(statement, quote, lang, quote_lang)
    assert status == "pass", reason

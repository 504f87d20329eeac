import type { Catalog } from './en.ts';

export const fr: Catalog = {
  'app.name': 'Redline',
  'language.auto': 'Suivre le navigateur ({language})',
  'language.en': 'anglais',
  'language.fr': 'français',
  'language.es': 'espagnol',
  'language.ru': 'russe',
  'language.ar': 'arabe',
  'language.zh': 'chinois',
  'language.qps': 'Pseudo-langue (tests)',

  'common.all': 'Tous',
  'common.loading': 'Chargement…',
  'common.dismiss': 'Fermer',
  'common.technicalDetail': 'Détail technique :',
  'common.cancel': 'Annuler',
  'common.undo': 'Annuler',
  'common.thePage': 'la page',
  'common.thisPassage': 'ce passage',

  'stance.amend': 'Modifier',
  'stance.oppose': 'S’opposer',
  'stance.support': 'Appuyer',
  'stance.question': 'Question',
  'priority.high': 'Haute',
  'priority.medium': 'Moyenne',
  'priority.low': 'Basse',
  'priority.withLevel': 'Priorité : {level}',
  'anchor.exact': 'Exact',
  'anchor.fuzzy': 'Approché',
  'anchor.orphan': 'Non placé',
  'anchor.unknown': 'Non vérifié',

  'popup.looking': 'Examen de cet onglet…',
  'popup.pdfInBrowser':
    'Cet onglet affiche un PDF dans la visionneuse du navigateur, où Redline ne peut pas annoter.',
  'popup.openInRedline': 'Ouvrir {name} dans la visionneuse de Redline',
  'popup.pdfRegion': 'Le PDF de cet onglet',
  'popup.nothingFound': 'Aucun document de l’ONU dans cet onglet.',
  'popup.annotate': 'Annoter cette page',
  'popup.workbench': 'Ouvrir l’atelier',
  'popup.annotatorOn':
    'Redline est actif sur cette page : sélectionnez un passage pour le commenter.',
  'popup.cannotAnnotate': 'Redline ne peut pas annoter cette page.',
  'popup.thisDraft': 'Ce projet',
  'popup.aDraft': 'Un projet',
  'popup.selectToComment': 'Sélectionnez un passage pour le commenter.',
  'popup.notRunning': 'Redline ne fonctionne pas sur cette page',
  'popup.couldNotStart':
    'Redline n’a pas pu démarrer sur cette page ; rien ne peut y être surligné ni commenté.',
  'popup.technicalDetails': 'Détails techniques',
  'popup.advice.addressTooLong':
    'L’adresse de cette page est plus longue que ce que Redline peut enregistrer. Ouvrez le document à une adresse plus courte (sans les paramètres après « ? », ou depuis le système de documents de l’ONU), puis choisissez Réessayer.',
  'popup.advice.documentTooLong':
    'Ce document est plus long que ce que Redline peut conserver. Ouvrez son PDF dans la visionneuse de Redline, ou le document par parties, puis choisissez Réessayer.',
  'popup.advice.backgroundSilent':
    'Le service d’arrière-plan de Redline n’a pas répondu, ce qui arrive juste après une mise à jour de Redline. Rechargez la page, puis choisissez Réessayer.',
  'popup.advice.diskFull':
    'Le navigateur n’a plus de place pour les données de Redline. Libérez de l’espace disque, ou sauvegardez puis supprimez d’anciens documents dans les options de Redline, puis choisissez Réessayer.',
  'popup.advice.protectedPage':
    'Le navigateur ne permet pas aux extensions d’agir sur ce type de page. Ouvrez le document depuis le site de l’ONU, ou son PDF dans la visionneuse de Redline.',
  'popup.advice.other':
    'Rechargez la page, puis choisissez Réessayer. Si l’échec se répète, signalez les détails techniques ci-dessous à l’équipe Redline.',
  'popup.lastAttempt': 'Dernière tentative à {time}. Recharger la page réessaie aussi.',
  'popup.tryAgain': 'Réessayer',
  'pdf.alwaysOpen': 'Toujours ouvrir les PDF de l’ONU dans Redline',

  'documents.region': 'Documents de cette page',
  'documents.count': '{count, plural, one {# document} other {# documents}} sur cette page',
  'documents.open': 'Ouvrir {symbol} en {language}',
  'documents.openInRedline': 'Ouvrir {symbol} en {language} dans Redline',
  'documents.openCaption': 'Ouvrir :',
  'documents.openInRedlineCaption': 'Ouvrir dans Redline pour commenter :',

  'options.title': 'Options de Redline',
  'options.language': 'Langue',
  'options.languageHint': 'La langue de Redline ; les documents gardent la leur.',
  'options.profile': 'Profil de l’organisation',
  'options.profileHint': 'Il figure en tête de chaque contribution que vous exportez.',
  'options.authorName': 'Votre nom',
  'options.organisation': 'Organisation',
  'options.acronym': 'Sigle',
  'options.country': 'Pays',
  'options.contactName': 'Personne à contacter',
  'options.contactEmail': 'Courriel de contact',
  'options.accreditation': 'Accréditation (par exemple statut consultatif auprès de l’ECOSOC)',
  'options.saveProfile': 'Enregistrer le profil',
  'options.profileSaved': 'Profil enregistré.',
  'options.notSaved': 'Non enregistré : {reason}',
  'options.pdfDrafts': 'Projets en PDF',

  'eviction.region': 'Vos données ont été supprimées',
  'eviction.title': 'Le navigateur a supprimé les données de Redline',
  'eviction.body':
    'Vos commentaires, ensembles et profil ont été supprimés par le navigateur, sans doute pour libérer de l’espace disque. Restaurez-les depuis votre dernière sauvegarde (Options → Sauvegarde et restauration), puis sauvegardez régulièrement.',
  'eviction.restore': 'Restaurer une sauvegarde',
  'eviction.dismiss': 'J’ai compris, masquer',

  'strip.region': 'Redline sur cette page',
  'strip.noteOn': '{source}, {address} — sur {article}',
  'strip.comments': '{count, plural, one {# commentaire} other {# commentaires}}',
  'strip.highlights': '{count, plural, one {# surlignage} other {# surlignages}}',
  'strip.notPlaced':
    '{count, plural, one {# non placé} other {# non placés}} sur cette version (voir l’atelier)',
  'strip.layers': 'Calques',
  'strip.layer': '{name} ({count})',
  'strip.notes': 'Notes interprétatives ({count})',
  'strip.notesList': 'Notes interprétatives',

  'toolbar.label': 'Redline : agir sur le passage sélectionné',
  'toolbar.highlight': 'Surligner',
  'toolbar.highlightTitle': 'Surligner ({keys})',
  'toolbar.comment': 'Commenter',
  'toolbar.commentTitle': 'Commenter ({keys})',

  'editor.new': 'Nouveau commentaire',
  'editor.edit': 'Modifier le commentaire',
  'editor.quote': 'Texte cité',
  'editor.comment': 'Commentaire',
  'editor.proposal': 'Amendement proposé',
  'editor.noAmendment': 'Pas d’amendement',
  'editor.replace': 'Remplacer le passage',
  'editor.insert': 'Insérer après le passage',
  'editor.delete': 'Supprimer le passage',
  'editor.proposedText': 'Texte proposé',
  'editor.textToInsert': 'Texte à insérer',
  'editor.rationale': 'Justification',
  'editor.tags': 'Mots-clés (séparés par des virgules)',
  'editor.stance': 'Position',
  'editor.priority': 'Priorité',
  'editor.set': 'Enregistrer dans l’ensemble',
  'editor.save': 'Enregistrer le commentaire',
  'editor.close': 'Fermer (garder le brouillon)',
  'editor.discard': 'Abandonner les modifications',
  'editor.deleteComment': 'Supprimer le commentaire',
  'editor.amended': 'Texte modifié : suppressions barrées, ajouts soulignés',
  'editor.keepPrivate': 'Garder privé',
  'editor.privateHint':
    'Seulement dans ce navigateur : exclu des ensembles partagés et des exports, sauf si vous y incluez les commentaires privés.',
  'editor.sharedHint': 'Partagé : figure dans les ensembles et les exports que vous faites.',
  'import.writing':
    'Importation de {fileName} : {written, number} commentaires écrits sur {total, number}',

  'annotator.selectFirst': 'Sélectionnez d’abord un passage du projet.',
  'annotator.highlighted': 'Surligné : {provision}.',
  'annotator.layerNotChanged': 'Calque inchangé : {reason}',
  'annotator.draftSaved': 'Brouillon enregistré',
  'annotator.draftNotSaved': 'Brouillon non enregistré : {reason}',
  'annotator.concurrentEdit':
    'Un autre onglet a modifié ce commentaire entre-temps : la modification la plus récente a été gardée, l’autre est conservée dans son historique.',
  'annotator.saved': 'Commentaire enregistré : {provision}.',
  'annotator.notDeleted': 'Non supprimé : {reason}',
  'annotator.deleted': 'Commentaire supprimé.',
  'annotator.notUndone': 'Annulation impossible : {reason}',
  'annotator.notSaved': 'Non enregistré : {reason}. Votre texte est gardé comme brouillon.',
  'annotator.restoredOne': 'Votre commentaire non envoyé a été restauré.',
  'annotator.restoredMany':
    'Votre dernier commentaire non envoyé a été restauré ({more, plural, one {# autre non envoyé} other {# autres non envoyés}}).',
  'annotator.carryOver':
    '{count, plural, one {# commentaire sur {revision} peut être reporté} other {# commentaires sur {revision} peuvent être reportés}} sur cette révision : ouvrez l’atelier Redline, onglet Révisions, pour les examiner.',
  'annotator.earlierRevision': 'une révision antérieure',
  'annotator.announceHighlight': 'Surlignage sur {provision}.',
  'annotator.announceComment': 'Commentaire sur {provision} : {comment}',

  'workbench.title': 'Atelier Redline',
  'workbench.empty':
    'Ouvrez un projet de l’ONU pour voir ici ses commentaires, article par article.',
  'workbench.recent': 'Documents récents',
  'workbench.views': 'Vues de l’atelier',
  'workbench.comments': 'Commentaires',
  'workbench.revisions': 'Révisions',
  'workbench.export': 'Exporter',
  'workbench.sets': 'Ensembles',
  'workbench.summary':
    '{shown, number} sur {total, plural, one {# commentaire} other {# commentaires}} · {exact, number} exacts · {fuzzy, number} approchés · {orphan, number} non placés',
  'workbench.byProvision': 'Commentaires par disposition',
  'workbench.noMatch': 'Aucun commentaire ne correspond au filtre.',
  'workbench.noneYet':
    'Aucun commentaire pour l’instant : sélectionnez un passage dans la page et choisissez Commenter.',
  'workbench.unaddressed': 'Hors de tout article',
  'workbench.notPlacedRegion': 'Commentaires qui n’ont pas pu être placés',
  'workbench.notPlaced': 'Non placés sur cette version',
  'workbench.outline': 'Plan ({count, plural, one {# disposition} other {# dispositions}})',
  'workbench.outlineNav': 'Plan du projet',
  'outline.fold': 'Replier {provision}',
  'outline.unfold': 'Déplier {provision}',

  'filters.region': 'Filtrer les commentaires',
  'filters.search': 'Rechercher',
  'filters.tag': 'Mot-clé',
  'filters.stance': 'Position',
  'filters.status': 'État',
  'filters.set': 'Ensemble',
  'filters.author': 'Auteur',

  'card.show': 'Afficher dans la page le passage du commentaire sur {provision} :',
  'card.notPlacedReason': 'N’a pas pu être placé : {reason}.',
  'card.passageNotFound': 'le passage est introuvable',
  'card.rationale': 'Justification : {rationale}',

  'submission.title': 'Observations sur {document}',
  'submission.theDraft': 'le projet',
  'submission.organisation': 'Organisation',
  'submission.country': 'Pays',
  'submission.contact': 'Contact',
  'submission.accreditation': 'Accréditation',
  'submission.document': 'Document',
  'submission.documentTitle': 'Titre',
  'submission.revision': 'Révision',
  'submission.version': 'Version du texte',
  'submission.date': 'Date',
  'submission.stance': 'Position',
  'submission.priority': 'Priorité',
  'submission.tags': 'Mots-clés',
  'submission.author': 'Auteur',
  'submission.writtenOn': 'Rédigé sur',
  'submission.targetsNow': 'Vise désormais',
  'submission.generalComments': 'Observations générales',
  'submission.provision': 'Disposition',
  'submission.draftText': 'Texte du projet',
  'submission.amendment': 'Amendement proposé',
  'submission.commentAndRationale': 'Commentaire et justification',
  'submission.comment': 'Commentaire',
  'submission.rationale': 'Justification',
  'submission.language': 'Langue de la contribution',
  'csv.provision': 'disposition',
  'csv.quote': 'citation',
  'csv.comment': 'commentaire',
  'csv.proposalKind': 'type d’amendement',
  'csv.proposalText': 'texte de l’amendement',
  'csv.rationale': 'justification',
  'csv.stance': 'position',
  'csv.priority': 'priorité',
  'csv.tags': 'mots-clés',
  'csv.author': 'auteur',
  'csv.organisation': 'organisation',
  'csv.created': 'créé',
  'csv.updated': 'modifié',
  'csv.documentSymbol': 'cote du document',
  'csv.writtenOn': 'rédigé sur',
  'csv.targets': 'vise',
  'csv.id': 'identifiant',
  'proposal.replace': 'remplacer',
  'proposal.insert': 'insérer',
  'proposal.delete': 'supprimer',
  'submission.byProvision': 'Observations par disposition',
  'submission.description': 'Tableau d’observations exporté par Redline',
  'submission.legend':
    'Les mots supprimés sont <del>barrés</del>, les mots ajoutés <ins>soulignés</ins>.',

  'viewer.recovery.step': 'Récupération du texte : {step}…',
  'viewer.recovery.done':
    'Texte récupéré à partir de {source} : {pages} pages sur {total} contenaient des numéros de glyphes et se lisent maintenant en lettres.',
  'viewer.recovery.failed':
    'Redline n’a pas pu le récupérer ici. Récupérez-le en ligne de commande : redline outline FICHIER.pdf --text-source FICHIER.txt (ou ocr).',
  'viewer.recovery.cancelled':
    'Récupération annulée : les commentaires sur ce texte risquent de ne plus retrouver leurs mots.',
  'viewer.recovery.source.font': 'des tables propres aux polices',
  'viewer.recovery.source.parallel': 'du texte du même document publié à côté',
  'viewer.recovery.source.ocr': 'la reconnaissance de caractères (OCR)',
  'viewer.recovery.noOcrData':
    'Redline n’a pas de données de reconnaissance (OCR) pour cette langue (il en a pour l’arabe et le chinois) : récupérez le texte en ligne de commande avec les données OCR du système (redline outline FICHIER.pdf --text-source ocr).',
  'viewer.recovery.doneByOcr':
    'Texte récupéré par OCR de la page {read}, celle que vous lisez : {pages} pages sur {total} contenaient des numéros de glyphes ; les autres se lisent en lettres là où elles partagent ses glyphes.',
  'export.region': 'Exporter une contribution',
  'export.formatDocx': 'Tableau de commentaires Word (.docx)',
  'export.formatMd': 'Markdown (.md)',
  'export.formatCsv': 'CSV pour tableurs (.csv)',
  'export.formatJson': 'Contribution JSON (.json)',
  'export.formatW3c': 'Annotations Web du W3C (.jsonld)',
  'export.formatPdf': 'PDF avec commentaires (.pdf) : le projet avec un surlignage par commentaire',
  'export.pdfDownloading': 'Téléchargement de {url}…',
  'export.pdfPickFirst': 'choisissez d’abord le PDF du projet',
  'export.pdfNoDownload':
    'Redline n’a pas pu télécharger {url} ; vérifiez votre connexion, ou téléchargez le PDF vous-même et choisissez-le ici',
  'export.pdfHttpError':
    'le serveur a répondu {status} pour {url} ; téléchargez le PDF vous-même et choisissez-le ici',
  'export.pdfMarking':
    'Lecture du PDF et marquage de {count, plural, one {# passage} other {# passages}}…',
  'export.pdfSaved':
    '{file} enregistré dans vos téléchargements : {count, plural, one {# commentaire marqué} other {# commentaires marqués}} dans le PDF.',
  'export.pdfUnplaced': 'Introuvable dans ce PDF : {list}.',
  'export.pdfLegend': 'Le PDF du projet',
  'export.pdfFromUrl':
    'Redline le télécharge depuis {url}, ou utilise la copie que vous choisissez ici.',
  'export.pdfPick': 'Choisissez le PDF de ce projet : Redline y ajoute vos commentaires.',
  'export.pdfFile': 'PDF du projet',
  'export.preparing': 'Préparation du fichier…',
  'export.saved': '{file} enregistré dans vos téléchargements : {summary}.',
  'export.failed':
    'Non exporté. Essayez un autre format, ou rechargez le panneau latéral et réessayez.',
  'export.profileGaps':
    'Votre profil ne comporte pas : {fields}. La page de garde les laissera vides.',
  'export.fillInProfile': 'Renseignez votre organisation dans les options',
  'export.canStillExport': 'Vous pouvez tout de même exporter maintenant.',
  'export.includePrivate':
    'Inclure {count, plural, one {# commentaire ou réponse privé} other {# commentaires ou réponses privés}}',
  'export.sets': 'Ensembles (calques)',
  'export.authors': 'Auteurs',
  'export.onlyTags': 'Seulement ces étiquettes (aucune cochée : toutes)',
  'export.onlyStances': 'Seulement ces positions (aucune cochée : toutes)',
  'export.generalComments':
    'Observations générales (en tête de la contribution ; une ligne vide commence un nouveau paragraphe)',
  'export.format': 'Format',
  'export.summary':
    '{comments, plural, one {# commentaire} other {# commentaires}} de {sets, plural, one {# ensemble} other {# ensembles}}',
  'export.tickOne': ' : cochez au moins un ensemble et un auteur.',
  'export.submit': 'Exporter',

  'errors.invalidRequest': 'Redline l’a refusé comme mal formé ou trop long',
  'errors.unreachable':
    'l’arrière-plan de Redline n’a pas répondu ; rechargez la page, ou redémarrez le navigateur si cela persiste',
  'errors.failed': 'la modification a été refusée',

  'sets.created': 'Ensemble « {name} » créé.',
  'sets.saved': '{file} enregistré dans vos téléchargements.',
  'sets.notSaved':
    'Non enregistré. Vérifiez que les téléchargements sont autorisés, puis réessayez.',
  'sets.copied':
    '{count, plural, one {# annotation copiée} other {# annotations copiées}} dans le presse-papiers.',
  'sets.notCopied': 'Non copié. Utilisez plutôt le téléchargement.',
  'sets.region': 'Ensembles et calques',
  'sets.heading': 'Ensembles',
  'sets.none':
    'Aucun ensemble pour l’instant : votre premier commentaire crée « Mes commentaires ».',
  'sets.includePrivate':
    'Inclure mes commentaires privés (ils restent exclus si vous ne cochez pas)',
  'sets.download': 'Télécharger les ensembles choisis',
  'sets.copy': 'Copier les ensembles choisis dans le presse-papiers',
  'sets.new': 'Nouvel ensemble',
  'sets.name': 'Nom',
  'sets.colour': 'Couleur',
  'sets.import': 'Importer',
  'liveSets.heading': 'Ensembles en direct',
  'liveSets.none': 'Aucun ensemble n’est encore synchronisé avec un serveur.',
  'liveSets.item': 'Ensemble en direct {set}',
  'liveSets.where': '{database} sur {server}',
  'liveSets.state.connecting': 'Connexion',
  'liveSets.state.syncing': 'Synchronisation',
  'liveSets.state.inSync': 'Synchronisé',
  'liveSets.state.offline': 'Hors ligne',
  'liveSets.state.error': 'Erreur',
  'liveSets.because': '{state} : {reason}',
  'liveSets.offlineReason':
    '{server} est injoignable : vos modifications attendent dans ce navigateur et partiront à son retour.',
  'liveSets.conflicts':
    '{count, plural, one {# commentaire a deux versions} other {# commentaires ont deux versions}} : choisissez dans l’onglet Commentaires',
  'liveSets.skipped':
    '{count, plural, one {# document du serveur a été laissé de côté} other {# documents du serveur ont été laissés de côté}}',
  'liveSets.leave': 'Quitter (garder une copie ici)',
  'liveSets.left': 'Ensemble en direct quitté ; ses commentaires restent ici.',
  'liveSets.form': 'Connecter un ensemble à un serveur',
  'liveSets.set': 'Ensemble',
  'liveSets.share': 'Partager {set}',
  'liveSets.join': 'Rejoindre un ensemble partagé par un collègue',
  'liveSets.database': 'Base de l’ensemble',
  'liveSets.databaseOf':
    'Sa base sur le serveur : {database} (votre coordinateur la crée et vous y ajoute comme membre).',
  'liveSets.address': 'Adresse du serveur',
  'liveSets.addressExample': 'https://sync.example.org',
  'liveSets.databaseExample': 'redline-set-…',
  'liveSets.user': 'Nom d’utilisateur',
  'liveSets.password': 'Mot de passe',
  'liveSets.connect': 'Connecter',
  'liveSets.connecting': 'Connexion…',
  'liveSets.connected': 'Connecté : l’ensemble se synchronise désormais avec le serveur.',
  'liveSets.notConnected': 'Non connecté : {reasons}',
  'set.yours': 'le vôtre',
  'set.yoursAs': 'le vôtre, en tant que {by}',
  'set.colleague': 'calque d’un collègue',
  'set.colleagueBy': 'calque d’un collègue : {by}',
  'set.holds':
    '{annotations, plural, one {# commentaire} other {# commentaires}} sur {documents, plural, one {# document} other {# documents}}',
  'set.colourOf': 'Couleur de l’ensemble {set}',
  'set.nameOf': 'Nom de l’ensemble {set}',
  'set.show': 'Afficher {set}',
  'set.select': 'Choisir {set} pour l’export',

  'revisions.reading': 'Lecture des révisions conservées dans ce navigateur…',
  'revisions.region': 'Révisions dans ce navigateur',
  'revisions.of': 'Révisions de {document}',
  'revisions.thisDocument': 'ce document',
  'revisions.carryFrom': 'Reporter depuis',
  'revisions.noEarlier':
    'Aucune révision antérieure de ce projet n’est conservée dans ce navigateur.',
  'revisions.noText':
    'Redline n’a pas encore conservé le texte de cette page : rechargez-la une fois.',
  'revisions.allReviewed': 'Chaque commentaire sur {document} a été examiné pour cette révision.',
  'revisions.carried':
    '{count, plural, one {# commentaire reporté} other {# commentaires reportés}}.',
  'revisions.placed': 'Commentaire placé sur {provision}.',
  'revisions.selectedPassage': 'le passage sélectionné',
  'revisions.carryRegion': 'Reporter les commentaires depuis {document}',
  'revisions.carryHeading': 'Reporter depuis {document}',
  'revisions.carryUnchanged': 'Reporter les {count} inchangés',
  'revisions.noPage': 'Aucune page n’est ouverte à côté de l’atelier.',
  'revisions.selectFirst':
    'Sélectionnez d’abord le nouveau passage dans la page, puis choisissez de nouveau cette action.',
  'compare.title': 'Comparer une disposition',
  'compare.provision': 'Disposition',
  'compare.choose': 'Choisir…',
  'compare.keepText': 'Ouvrez {document} une fois pour que Redline en conserve le texte.',
  'compare.earlier': 'Version antérieure',
  'compare.thisRevision': 'Cette révision',
  'compare.notInRevision': '{provision} ne figure pas dans cette révision.',
  'compare.changes': 'Modifications de {provision}',
  'compare.comments': 'Commentaires sur {provision}',
  'compare.highlight': '(surlignage)',
  'compare.inThisRevision': 'cette révision',
  'compare.inEarlier': 'version antérieure',
  'carry.unchanged': 'Inchangé',
  'carry.changed': 'Texte modifié',
  'carry.moved': 'Déplacé',
  'carry.gone': 'Supprimé',
  'carry.countUnchanged': '{count, plural, one {# inchangé} other {# inchangés}}',
  'carry.countChanged': '{count, plural, one {# modifié} other {# modifiés}}',
  'carry.countMoved': '{count, plural, one {# déplacé} other {# déplacés}}',
  'carry.countGone': '{count, plural, one {# supprimé} other {# supprimés}}',
  'carry.outside': 'Hors de tout article',
  'carry.howChanged': 'Évolution du passage : anciens mots barrés, nouveaux mots soulignés',
  'carry.carry': 'Reporter',
  'carry.accept': 'Accepter le nouvel emplacement',
  'carry.retarget': 'Utiliser le passage sélectionné dans la page',
  'revisionList.label': 'Révisions de {family} conservées ici',
  'revisionList.thisPage': ' (cette page)',
  'revisionList.newest': ' — la plus récente',

  'viewer.title': 'Visionneuse PDF Redline',
  'viewer.toolbar': 'Visionneuse PDF',
  'viewer.open': 'Ouvrir un PDF…',
  'viewer.zoom': 'Zoom',
  'viewer.zoomOut': 'Zoom arrière',
  'viewer.zoomIn': 'Zoom avant',
  'viewer.zoomLevel': 'Niveau de zoom',
  'viewer.page': 'Page',
  'viewer.ofPages': 'sur {count}',
  'viewer.pageLabel': 'Page {number}',
  'viewer.find': 'Rechercher dans le document',
  'viewer.findButton': 'Rechercher',
  'viewer.previousMatch': 'Occurrence précédente',
  'viewer.noMatch': 'Aucune occurrence',
  'viewer.matchOf': '{current, number} sur {count, number}',
  'viewer.contents': 'Sommaire',
  'viewer.dropHint':
    'Déposez un PDF n’importe où sur cette page, ou choisissez-en un avec « Ouvrir un PDF… ».',
  'viewer.opening': 'Ouverture du PDF…',
  'viewer.readingText': 'Lecture du texte…',
  'viewer.oneDocument':
    'Ouvrez le nouveau PDF dans un nouvel onglet de la visionneuse : celui-ci garde son document.',
  'viewer.cannotShow': 'Redline n’a pas pu afficher ce PDF.',
  'viewer.ownTab': 'La visionneuse de Redline ne s’ouvre que dans son propre onglet.',
  'viewer.noDownload':
    'Redline n’a pas pu télécharger {url}. Vérifiez votre connexion, ou téléchargez le PDF et déposez-le ici.',
  'viewer.httpError':
    'Le serveur a répondu {status} pour {url} : le fichier a peut-être été déplacé. Rouvrez-le depuis la page de l’ONU, ou téléchargez-le et déposez-le ici.',
  'viewer.password': '{name} est protégé par un mot de passe ; Redline ne peut pas l’ouvrir.',
  'viewer.notPdf':
    '{name} n’est pas un PDF que Redline sait lire. S’il s’agit d’une page web, ouvrez-la dans un onglet normal : Redline y annote les pages de l’ONU.',
  'viewer.brokenText':
    'La couche de texte {pages, plural, =0 {de toutes les pages} one {de la page {list}} other {des pages {list}}} contient des numéros de glyphes, pas des lettres : copie, recherche et commentaires porteraient sur du charabia. Récupérez-la en ligne de commande : redline outline FILE.pdf --text-source FILE.txt (ou ocr).',

  'import.kindRedline': 'Ensemble d’annotations Redline',
  'import.kindW3c': 'Annotations Web du W3C',
  'import.kindHypothesis': 'Export Hypothesis',
  'import.kindPdf': 'PDF avec commentaires',
  'import.new': '{count, plural, one {# nouvelle} other {# nouvelles}}',
  'import.updated': '{count, plural, one {# mise à jour} other {# mises à jour}}',
  'import.unchanged': '{count, plural, one {# inchangée} other {# inchangées}}',
  'import.conflicts': '{count} en conflit (les deux versions conservées)',
  'import.older':
    '{count, plural, one {# plus ancienne que la vôtre, ignorée} other {# plus anciennes que les vôtres, ignorées}}',
  'import.deletions': '{count, plural, one {# suppression} other {# suppressions}}',
  'import.collisions':
    '{count, plural, one {# refusée} other {# refusées}} : même identifiant sur un autre document',
  'import.newDocuments': '{count, plural, one {# nouveau document} other {# nouveaux documents}}',
  'import.preview': 'Aperçu de l’import',
  'import.fileKind': '{file} : {kind}',
  'import.holds': '{count, plural, one {# annotation} other {# annotations}} dans :',
  'import.untilApply': 'Rien n’est enregistré avant que vous appliquiez.',
  'import.skipped': '{count, plural, one {# non importée} other {# non importées}}',
  'import.apply': 'Appliquer l’import',
  'import.cancel': 'Annuler',
  'import.refused': 'Import refusé',
  'import.notImported': '{file} n’a pas été importé',
  'import.nothingWritten':
    'Rien n’a été enregistré. Demandez à l’expéditeur un fichier corrigé, ou corrigez ceci :',
  'import.dropHint': 'Déposez un fichier ici, ou choisissez-en un.',
  'import.shared':
    'Importer un fichier partagé (ensemble Redline, W3C, Hypothesis ou PDF avec commentaires)',
  'import.reading': 'Lecture de {file}…',
  'import.scanning': 'Lecture de {file} : {share, number, percent} parcouru',
  'import.parsing': 'Lecture de {file} : construction des annotations…',
  'import.checking': 'Vérification de {file} : {done, number} annotations sur {total, number}',
  'import.comparing': 'Comparaison de {total, number} annotations avec les vôtres…',
  'import.done': 'Import terminé',
  'import.imported': '{file} importé.',
  'import.chooseVersion': 'Modifiés en même temps : choisissez la version à conserver',
  'import.heading': 'Importer des annotations',
  'import.hint':
    'Un ensemble Redline d’un collègue, des annotations Web du W3C ou un export Hypothesis. Vous voyez ce qui changerait avant que rien ne soit enregistré.',

  'card.private': 'privé : reste dans ce navigateur sauf si vous l’incluez',
  'card.links': 'Liens',
  'card.replies': 'Réponses',
  'card.unnamedAuthor': 'Auteur sans nom',
  'card.privateMark': ' · privé',
  'card.noComment': 'Sans commentaire',
  'versions.others':
    '{count, plural, one {# autre version modifiée} other {# autres versions modifiées}} en même temps',
  'versions.restore': 'Rétablir cette version',
  'conflict.shownNow': 'Version affichée',
  'conflict.other': 'Autre version',
  'conflict.keep': 'Garder cette version',
  'conflict.kept': 'Conservée : {version}. L’autre reste dans l’historique.',
  'conflict.proposal': 'Proposition ({kind}) : {text}',
  'conflict.deleted': ' · supprimé',
  'notes.on': 'Notes interprétatives sur {article}',
  'notes.onCount': 'Notes interprétatives sur {article} ({count})',
  'notes.explains': '{source}, {address} — sur {explains}',
  'notes.region': 'Notes interprétatives sur ses articles',
  'document.facts': '{kind} · {count, plural, one {# version vue} other {# versions vues}}',
  'backup.heading': 'Sauvegarde et restauration',
  'backup.storageChecking': 'Stockage : vérification…',
  'backup.storagePersistent':
    'Stockage : persistant — le navigateur ne l’effacera pas pour libérer de l’espace.',
  'backup.storageNotPersistent':
    'Stockage : non persistant — le navigateur peut l’effacer quand l’espace disque vient à manquer. Sauvegardez souvent.',
  'backup.none': 'Aucune sauvegarde pour l’instant.',
  'backup.last': 'Dernière sauvegarde : {at}.',
  'backup.download': 'Télécharger une sauvegarde',
  'backup.saved': '{fileName} a été enregistré dans vos téléchargements. Conservez-le en lieu sûr.',
  'backup.failed':
    'Échec de la sauvegarde. Réessayez ; en cas de nouvel échec, redémarrez le navigateur.',
  'backup.reminderEvery':
    'Proposer une sauvegarde dans l’atelier après ce nombre de nouveaux commentaires',
  'backup.reminderSaved':
    'L’atelier proposera une sauvegarde après {every, plural, one {# nouveau commentaire} other {# nouveaux commentaires}}.',
  'backup.reminderRefused':
    'Non enregistré : indiquez un nombre entier de {min, number} à {max, number}.',
  'backup.restorePicker': 'Restaurer depuis un fichier de sauvegarde',
  'backup.reading': 'Lecture de {fileName}…',
  'backup.refused': '{fileName} n’a pas été restauré ; vos données sont inchangées.',
  'backup.refusedList': 'Pourquoi la sauvegarde a été refusée',
  'backup.dialogTitle': 'Restaurer une sauvegarde',
  'backup.holds': '{fileName}, créé le {madeAt}, contient {contents}.',
  'backup.nowHeld': 'Redline contient actuellement {contents}.',
  'backup.contents':
    '{comments, plural, one {# commentaire} other {# commentaires}}, {documents, plural, one {# document} other {# documents}}, {sets, plural, one {# ensemble} other {# ensembles}}, {drafts, plural, one {# brouillon non envoyé} other {# brouillons non envoyés}}',
  'backup.replaceExplained':
    'Remplacer : tout ce que Redline contient actuellement — commentaires, ensembles, documents, brouillons, profil — est supprimé et remplacé par la sauvegarde.',
  'backup.mergeExplained':
    'Fusionner : la sauvegarde s’ajoute à l’existant selon les règles d’une importation — {new, plural, one {# nouveau commentaire} other {# nouveaux commentaires}} ; {updated, plural, one {# modification plus récente remplace} other {# modifications plus récentes remplacent}} les plus anciennes ; {conflicts, plural, one {# commentaire modifié des deux côtés est conservé} other {# commentaires modifiés des deux côtés sont conservés}} dans les deux versions. Rien de plus récent n’est écrasé et votre profil reste.',
  'backup.emptyExplained':
    'Redline ne contient encore aucun commentaire : la sauvegarde est restaurée telle quelle.',
  'backup.unchangedOnFailure': 'En cas d’échec, rien ne change.',
  'backup.replace': 'Tout remplacer par la sauvegarde',
  'backup.merge': 'Fusionner la sauvegarde avec vos données',
  'backup.restore': 'Restaurer la sauvegarde',
  'backup.restoring': 'Restauration de {fileName}…',
  'backup.restoredReplace':
    '{fileName} restauré : {annotations, plural, one {# annotation} other {# annotations}}, {sets, plural, one {# ensemble} other {# ensembles}}, {documents, plural, one {# document} other {# documents}} ({seconds, number, ::.0} s).',
  'backup.restoredMerge':
    '{fileName} fusionné : {new, number} nouveaux, {updated, number} mis à jour, {conflicts, number} en conflit (les deux versions conservées) ({seconds, number, ::.0} s).',
  'backup.restoreFailed': 'Échec de la restauration, vos données sont inchangées.',
  'backupReminder.label': 'Il est temps de sauvegarder',
  'backupReminder.never':
    'Vous avez écrit {count, plural, one {# commentaire} other {# commentaires}} sans jamais faire de sauvegarde.',
  'backupReminder.since':
    'Vous avez écrit {count, plural, one {# commentaire} other {# commentaires}} depuis votre dernière sauvegarde ({at}).',
  'backupReminder.why':
    'Un fichier de sauvegarde est ce qui les ramène si le navigateur perd ses données.',
  'backupReminder.action': 'Sauvegarder dans les options',
  'recovery.step.parallel': 'recherche du texte du même document',
  'recovery.step.writing': 'écriture des lettres dans le PDF',
  'recovery.step.glyphRuns': 'lecture des suites de glyphes',
  'recovery.step.aligning': 'alignement des suites de glyphes sur le texte',
  'recovery.step.fontTables': 'lecture des tables propres aux polices',
  'recovery.step.ocr': 'reconnaissance des pages (OCR)',
  'menu.commentOnSelection': 'Commenter la sélection dans Redline',
  'badge.pdfOffer': 'Redline : ouvrez ce PDF dans Redline pour le commenter',
  'sets.defaultName': 'Mes commentaires',
  'unplaced.emptyQuote': 'il ne cite aucun texte',
  'unplaced.notFound': 'ses mots ne figurent pas dans ce texte (une autre version du projet ?)',
  'unplaced.ambiguous': 'ses mots figurent à plusieurs endroits et rien n’indique lequel',
  'unplaced.deleted': 'son passage a été supprimé dans cette version',
  'unplaced.onlyElsewhere':
    'sa disposition subsiste sans ses mots ; ils ne figurent plus que dans une autre disposition, où les mêmes mots figuraient peut-être déjà',
  'unplaced.notDrawn': 'ses mots ne sont dessinés sur aucune page de ce PDF',
  'problem.at': '{place} : {reason}',
  'problem.fileTooLarge':
    'le fichier fait {size} Mo ; Redline lit des fichiers de {maximum, number} Mo au plus',
  'problem.fileTooLargeToDecode':
    'le fichier est trop volumineux pour que ce navigateur le lise comme texte',
  'problem.notUtf8': 'le fichier n’est pas du JSON : ce n’est pas du texte UTF-8',
  'problem.cutOff':
    'le fichier est tronqué : son JSON s’arrête avant la fin. Le téléchargement ou la copie n’est peut-être pas terminé ; utilisez le fichier complet',
  'problem.notJson': 'le fichier n’est pas du JSON valide',
  'problem.textTooLong':
    'un texte de {length, number} caractères ; Redline lit des textes de {maximum, number} caractères au plus',
  'problem.nestedTooDeep': 'imbriqué sur plus de {maximum, number} niveaux',
  'problem.tooManyItems':
    'plus de {maximum, number} éléments ; Redline en lit {maximum, number} au plus',
  'problem.forbiddenKey': 'la clé « {key} » n’est pas autorisée',
  'problem.noAnnotations': 'le fichier ne contient aucune annotation',
  'problem.notAnnotationObjects':
    'le fichier ne contient aucune annotation : un objet JSON ou un tableau d’objets était attendu',
  'problem.otherRedlineFile':
    'ce fichier est un fichier « {format} », pas un jeu d’annotations Redline',
  'problem.unknownFormat':
    'ce fichier n’est ni un jeu d’annotations Redline, ni des Web Annotations W3C, ni un export Hypothesis',
  'problem.wrongFormat':
    '« {expected} » attendu, {found, select, none {rien trouvé} other {trouvé {found}}}',
  'problem.newerSetVersion':
    'ce fichier est un jeu Redline de version {version} ; ce Redline lit la version {supported} — mettez Redline à jour',
  'problem.wrongVersion':
    '{expected} attendu, {found, select, none {rien trouvé} other {trouvé {found}}}',
  'problem.notW3c': 'des Web Annotations W3C étaient attendues',
  'problem.collectionNotEmbedded':
    'les annotations de la collection ne sont pas dans le fichier (seulement un lien vers elles) ; exportez-les intégrées',
  'problem.laterPagesMissing':
    'les pages suivantes ({link}) ne sont pas dans le fichier et n’ont pas été importées',
  'problem.notHypothesis':
    'un export, un résultat de recherche ou une annotation Hypothesis était attendu',
  'problem.nothingToImport':
    'rien dans ce fichier ne peut être importé : aucune annotation ne cite un passage de texte que Redline puisse trouver',
  'problem.readFailed': 'le fichier n’a pas pu être lu',
  'problem.databaseRefused': 'la base de données a refusé l’importation, rien n’a donc été écrit',
  'problem.notImported': 'non importé ({reasons})',
  'problem.noSetInFile': 'aucun jeu « {id} » dans ce fichier',
  'problem.noDocumentInFile': 'aucun document « {key} » dans ce fichier',
  'problem.replyWithoutThread': 'une réponse à une annotation non importée de ce fichier',
  'problem.wholeResource': 'vise la ressource entière, aucun passage',
  'problem.targetNotAllowed': 'une cible que le modèle n’autorise pas',
  'problem.quoteSelectorWrong': 'son TextQuoteSelector est incorrect ({reasons})',
  'problem.selectorByReference': 'son sélecteur est donné par référence, pas dans le fichier',
  'problem.noQuotedText':
    'sélectionne par {selectors}, sans texte cité permettant de trouver le passage',
  'problem.pageNote': 'une note de page sans passage de texte à citer',
  'problem.expectedDateTime': 'une date et une heure étaient attendues',
  'problem.endBeforeStart': 'la fin ne doit pas précéder le début',
  'problem.expectedAnnotation': '« Annotation » attendu',
  'problem.needsTarget': 'une annotation doit avoir une cible',
  'problem.pdfTooLarge': '{name} dépasse {maximum, number} Mo',
  'problem.pdfEncrypted':
    '{name} est chiffré : enregistrez une copie non protégée (Fichier › Imprimer › Enregistrer au format PDF) et importez-la',
  'problem.pdfUnreadable': '{name} n’est pas un PDF que Redline peut lire',
  'problem.pdfScripted':
    '{name} contient des actions JavaScript ; Redline n’importe pas les PDF scriptés. Enregistrez une copie sans scripts (impression en PDF) et importez-la',
  'problem.pdfTooManyAnnotations':
    '{name} contient {total, number} annotations ; Redline en importe {maximum, number} au plus d’un même PDF',
  'problem.pdfNoteTooLong':
    '{name} : l’annotation {kind} de la page {page} : son texte dépasse {maximum, number} caractères',
  'problem.pdfNoteInvalid': '{name} : l’annotation {kind} de la page {page} : {reasons}',
  'problem.pdfKindsLeftOut':
    '{count, plural, one {# annotation {kind} : ce n’est pas un commentaire sur le texte, laissée de côté} other {# annotations {kind} : ce ne sont pas des commentaires sur le texte, laissées de côté}}',
  'problem.pdfNoteNotOnText':
    'la note {kind} de la page {page}{hasAuthor, select, yes { de {author}} other {}} n’a pas été placée : le texte sous elle n’est pas du texte que Redline lit (page numérisée ou titre courant)',
  'problem.pdfNoteNoPageText':
    'la note {kind} de la page {page}{hasAuthor, select, yes { de {author}} other {}} n’a pas été placée : sa page n’a pas de texte où la placer',
  'problem.pdfNothingPlaceable':
    '{name} ne contient aucun commentaire sur son texte que Redline puisse placer',
  'problem.setFileNotBackup':
    'ce fichier est un jeu d’annotations Redline, pas une sauvegarde : importez-le avec « Importer un fichier partagé »',
  'problem.notBackup':
    'ce fichier n’est pas une sauvegarde Redline : il n’a pas de "format": "{format}"',
  'problem.newerBackupVersion':
    'ce fichier est une sauvegarde Redline de version {version} ; ce Redline lit la version {supported} — mettez Redline à jour',
  'problem.newerSubmissionVersion':
    'ce fichier est une contribution Redline de version {version} ; ce Redline lit la version {supported} — mettez Redline à jour',
  'problem.sync.noAddress': 'indiquez l’adresse du serveur',
  'problem.sync.noUser': 'indiquez votre nom d’utilisateur',
  'problem.sync.noPassword': 'indiquez votre mot de passe',
  'problem.sync.databaseName': 'le nom d’une base d’ensemble commence par redline-set-',
  'problem.sync.addressInvalid':
    '« {address} » n’est pas une adresse : écrivez-la comme https://sync.example.org',
  'problem.sync.addressWithCredentials':
    'indiquez le nom d’utilisateur et le mot de passe dans leurs propres champs, pas dans l’adresse',
  'problem.sync.addressWithQuery':
    'l’adresse d’un serveur de synchronisation n’a pas de partie ? ou #',
  'problem.sync.addressNotEncrypted':
    '{host} n’est pas sur cet ordinateur : utilisez https:// pour que votre mot de passe et vos commentaires soient chiffrés en chemin',
  'problem.sync.addressProtocol':
    '{protocol} n’est pas une adresse de serveur de synchronisation : utilisez https://',
  'problem.sync.accessDenied':
    'Redline a besoin de votre autorisation pour joindre {host} : connectez-vous de nouveau et autorisez-le',
  'problem.sync.unreachable':
    'impossible de joindre {host} : vérifiez l’adresse, que le serveur fonctionne et que vous êtes en ligne',
  'problem.sync.userRefused':
    '{host} a refusé le nom d’utilisateur « {user} » avec ce mot de passe : vérifiez les deux',
  'problem.sync.notMember':
    '« {user} » n’est pas membre de {database} : demandez à votre coordinateur de vous ajouter',
  'problem.sync.noDatabase':
    '{host} n’a pas de base d’ensemble « {database} » : demandez à votre coordinateur de la créer (voir « redline serve » dans le README)',
  'problem.sync.notCouchDb':
    '{host} n’est pas un serveur de synchronisation : il n’a pas répondu comme CouchDB (statut {status})',
  'problem.sync.notRedlineDatabase':
    '{database} sur {host} n’est pas une base d’ensemble Redline : elle n’a pas la validation de Redline',
  'problem.sync.noReadableSet': '{database} sur {host} ne contient aucun ensemble Redline lisible',
  'problem.sync.holdsOtherSet':
    '{database} contient déjà l’ensemble « {set} » : rejoignez-le au lieu d’y partager le vôtre',
  'problem.sync.nothingToJoin':
    '{database} ne contient encore aucun ensemble : le membre qui le partage se connecte d’abord, puis vous le rejoignez',
  'problem.sync.credentialsExpired':
    'le serveur n’accepte plus votre nom d’utilisateur et votre mot de passe : connectez de nouveau l’ensemble',
  'problem.sync.changeRefused': 'le serveur a refusé une modification',
  'problem.sync.failed': 'la synchronisation a échoué',
  'problem.sync.idMismatch': 'son _id ne désigne pas ce que contient le document',
  'problem.sync.otherSet': 'il appartient au jeu « {found} », pas à celui-ci',
  'problem.sync.privateComment': 'un commentaire privé, qui n’est jamais partagé',
  'problem.setNotFound': 'aucun ensemble « {id} » (il a peut-être été supprimé)',
  'problem.zod.invalid_type': '{expected} attendu, {received} reçu',
  'problem.zod.too_big':
    '{origin, select, string {plus de {maximum, number} caractères} array {plus de {maximum, number} éléments} other {supérieur à {maximum, number}}}',
  'problem.zod.too_small':
    '{origin, select, string {{minimum, plural, =1 {aucun texte} other {moins de # caractères}}} array {{minimum, plural, =1 {aucun élément} other {moins de # éléments}}} other {inférieur à {minimum, number}}}',
  'problem.zod.invalid_format':
    '{format, select, regex {ne correspond pas au motif {pattern}} other {{format} non valide}}',
  'problem.zod.not_multiple_of': 'pas un multiple de {divisor}',
  'problem.zod.unrecognized_keys': 'clés inconnues du format : {keys}',
  'problem.zod.invalid_union': 'ne correspond à aucune des formes admises',
  'problem.zod.invalid_key': 'une clé n’est pas valide',
  'problem.zod.invalid_element': 'un élément n’est pas valide',
  'problem.zod.invalid_value': 'une de ces valeurs était attendue : {values}',
  'problem.zod.custom': 'pas sous la forme attendue',
  'viewer.recovery.workerFailed': 'le processus de récupération n’a pas démarré',
};

import type { Catalog } from './en.ts';

export const es: Catalog = {
  'app.name': 'Redline',
  'language.auto': 'Seguir al navegador ({language})',
  'language.en': 'inglés',
  'language.fr': 'francés',
  'language.es': 'español',
  'language.ru': 'ruso',
  'language.ar': 'árabe',
  'language.zh': 'chino',
  'language.qps': 'Pseudoidioma (pruebas)',

  'common.all': 'Todos',
  'common.loading': 'Cargando…',
  'common.dismiss': 'Cerrar',
  'common.technicalDetail': 'Detalle técnico:',
  'common.cancel': 'Cancelar',
  'common.undo': 'Deshacer',
  'common.thePage': 'la página',
  'common.thisPassage': 'este pasaje',

  'stance.amend': 'Enmendar',
  'stance.oppose': 'Oponerse',
  'stance.support': 'Apoyar',
  'stance.question': 'Pregunta',
  'priority.high': 'Alta',
  'priority.medium': 'Media',
  'priority.low': 'Baja',
  'priority.withLevel': 'Prioridad: {level}',
  'anchor.exact': 'Exacto',
  'anchor.fuzzy': 'Aproximado',
  'anchor.orphan': 'Sin ubicar',
  'anchor.unknown': 'Sin comprobar',

  'popup.looking': 'Examinando esta pestaña…',
  'popup.pdfInBrowser':
    'Esta pestaña muestra un PDF en el visor del navegador, donde Redline no puede anotar.',
  'popup.openInRedline': 'Abrir {name} en el visor de Redline',
  'popup.pdfRegion': 'El PDF de esta pestaña',
  'popup.nothingFound': 'No hay ningún documento de las Naciones Unidas en esta pestaña.',
  'popup.annotate': 'Anotar esta página',
  'popup.workbench': 'Abrir el banco de trabajo',
  'popup.annotatorOn': 'Redline está activo en esta página: seleccione un pasaje para comentarlo.',
  'popup.cannotAnnotate': 'Redline no puede anotar esta página.',
  'popup.thisDraft': 'Este proyecto',
  'popup.aDraft': 'Un proyecto',
  'popup.selectToComment': 'Seleccione un pasaje para comentarlo.',
  'popup.notRunning': 'Redline no se está ejecutando en esta página',
  'popup.couldNotStart':
    'Redline no pudo iniciarse en esta página, así que aquí no se puede resaltar ni comentar nada.',
  'popup.technicalDetails': 'Detalles técnicos',
  'popup.advice.addressTooLong':
    'La dirección de esta página es más larga de lo que Redline puede registrar. Abra el documento en una dirección más corta (sin los parámetros después de «?», o desde el sistema de documentos de las Naciones Unidas) y elija Intentar de nuevo.',
  'popup.advice.documentTooLong':
    'Este documento es más largo de lo que Redline puede guardar. Abra su PDF en el visor de Redline, o el documento por partes, y elija Intentar de nuevo.',
  'popup.advice.backgroundSilent':
    'El proceso de fondo de Redline no respondió, lo que ocurre justo después de actualizar Redline. Vuelva a cargar la página y elija Intentar de nuevo.',
  'popup.advice.diskFull':
    'El navegador no tiene espacio para los datos de Redline. Libere espacio en disco, o haga una copia de seguridad y elimine documentos antiguos en las opciones de Redline, y elija Intentar de nuevo.',
  'popup.advice.protectedPage':
    'El navegador no permite que las extensiones funcionen en este tipo de página. Abra el documento desde el sitio de las Naciones Unidas, o su PDF en el visor de Redline.',
  'popup.advice.other':
    'Vuelva a cargar la página y elija Intentar de nuevo. Si vuelve a fallar, comunique los detalles técnicos siguientes al equipo de Redline.',
  'popup.lastAttempt':
    'Último intento a las {time}. Recargar la página también lo vuelve a intentar.',
  'popup.tryAgain': 'Intentar de nuevo',
  'pdf.alwaysOpen': 'Abrir siempre los PDF de las Naciones Unidas en Redline',

  'documents.region': 'Documentos de esta página',
  'documents.count': '{count, plural, one {# documento} other {# documentos}} en esta página',
  'documents.open': 'Abrir {symbol} en {language}',
  'documents.openInRedline': 'Abrir {symbol} en {language} en Redline',
  'documents.openCaption': 'Abrir:',
  'documents.openInRedlineCaption': 'Abrir en Redline para comentar:',

  'options.title': 'Opciones de Redline',
  'options.language': 'Idioma',
  'options.languageHint': 'El idioma de Redline; los documentos conservan el suyo.',
  'options.profile': 'Perfil de la organización',
  'options.profileHint': 'Encabeza cada contribución que exporte.',
  'options.authorName': 'Su nombre',
  'options.organisation': 'Organización',
  'options.acronym': 'Sigla',
  'options.country': 'País',
  'options.contactName': 'Persona de contacto',
  'options.contactEmail': 'Correo electrónico de contacto',
  'options.accreditation':
    'Acreditación (por ejemplo, reconocimiento como entidad consultiva del ECOSOC)',
  'options.saveProfile': 'Guardar el perfil',
  'options.profileSaved': 'Perfil guardado.',
  'options.notSaved': 'No se guardó: {reason}',
  'options.pdfDrafts': 'Proyectos en PDF',

  'eviction.region': 'Se eliminaron sus datos',
  'eviction.title': 'El navegador eliminó los datos de Redline',
  'eviction.body':
    'El navegador eliminó sus comentarios, conjuntos y perfil, probablemente para liberar espacio en disco. Restáurelos desde su última copia de seguridad (Opciones → Copia de seguridad y restauración) y siga haciendo copias con regularidad.',
  'eviction.restore': 'Restaurar una copia de seguridad',
  'eviction.dismiss': 'Entendido, ocultar',

  'strip.region': 'Redline en esta página',
  'strip.noteOn': '{source}, {address} — sobre {article}',
  'strip.comments': '{count, plural, one {# comentario} other {# comentarios}}',
  'strip.highlights': '{count, plural, one {# resaltado} other {# resaltados}}',
  'strip.notPlaced':
    '{count, plural, one {# sin ubicar} other {# sin ubicar}} en esta versión (véase el banco de trabajo)',
  'strip.layers': 'Capas',
  'strip.layer': '{name} ({count})',
  'strip.notes': 'Notas interpretativas ({count})',
  'strip.notesList': 'Notas interpretativas',

  'toolbar.label': 'Redline: actuar sobre el pasaje seleccionado',
  'toolbar.highlight': 'Resaltar',
  'toolbar.highlightTitle': 'Resaltar ({keys})',
  'toolbar.comment': 'Comentar',
  'toolbar.commentTitle': 'Comentar ({keys})',

  'editor.new': 'Nuevo comentario',
  'editor.edit': 'Editar el comentario',
  'editor.quote': 'Texto citado',
  'editor.comment': 'Comentario',
  'editor.proposal': 'Enmienda propuesta',
  'editor.noAmendment': 'Sin enmienda',
  'editor.replace': 'Sustituir el pasaje',
  'editor.insert': 'Insertar después del pasaje',
  'editor.delete': 'Suprimir el pasaje',
  'editor.proposedText': 'Texto propuesto',
  'editor.textToInsert': 'Texto que se insertará',
  'editor.rationale': 'Justificación',
  'editor.tags': 'Etiquetas (separadas por comas)',
  'editor.stance': 'Posición',
  'editor.priority': 'Prioridad',
  'editor.set': 'Guardar en el conjunto',
  'editor.save': 'Guardar el comentario',
  'editor.close': 'Cerrar (conservar el borrador)',
  'editor.discard': 'Descartar los cambios',
  'editor.deleteComment': 'Eliminar el comentario',
  'editor.amended': 'Texto enmendado: supresiones tachadas, inserciones subrayadas',
  'editor.keepPrivate': 'Mantener privado',
  'editor.privateHint':
    'Solo en este navegador: queda fuera de los conjuntos compartidos y de las exportaciones, salvo que incluya allí los comentarios privados.',
  'editor.sharedHint': 'Compartido: entra en los conjuntos y las exportaciones que haga.',
  'import.writing':
    'Importando {fileName}: {written, number} de {total, number} comentarios escritos',

  'annotator.selectFirst': 'Seleccione primero un pasaje del proyecto.',
  'annotator.highlighted': 'Resaltado: {provision}.',
  'annotator.layerNotChanged': 'La capa no cambió: {reason}',
  'annotator.draftSaved': 'Borrador guardado',
  'annotator.draftNotSaved': 'No se guardó el borrador: {reason}',
  'annotator.concurrentEdit':
    'Otra pestaña modificó este comentario entretanto: se conservó la edición más reciente; la otra queda en su historial.',
  'annotator.saved': 'Comentario guardado: {provision}.',
  'annotator.notDeleted': 'No se eliminó: {reason}',
  'annotator.deleted': 'Comentario eliminado.',
  'annotator.notUndone': 'No se pudo deshacer: {reason}',
  'annotator.notSaved': 'No se guardó: {reason}. Su texto se conserva como borrador.',
  'annotator.restoredOne': 'Se restauró su comentario no enviado.',
  'annotator.restoredMany':
    'Se restauró su último comentario no enviado ({more, plural, one {# más sin enviar} other {# más sin enviar}}).',
  'annotator.carryOver':
    '{count, plural, one {# comentario sobre {revision} puede trasladarse} other {# comentarios sobre {revision} pueden trasladarse}} a esta revisión: abra el banco de trabajo de Redline, pestaña Revisiones, para examinarlos.',
  'annotator.earlierRevision': 'una revisión anterior',
  'annotator.announceHighlight': 'Resaltado en {provision}.',
  'annotator.announceComment': 'Comentario sobre {provision}: {comment}',

  'workbench.title': 'Banco de trabajo de Redline',
  'workbench.empty':
    'Abra un proyecto de las Naciones Unidas para ver aquí sus comentarios, artículo por artículo.',
  'workbench.recent': 'Documentos recientes',
  'workbench.views': 'Vistas del banco de trabajo',
  'workbench.comments': 'Comentarios',
  'workbench.revisions': 'Revisiones',
  'workbench.export': 'Exportar',
  'workbench.sets': 'Conjuntos',
  'workbench.summary':
    '{shown, number} de {total, plural, one {# comentario} other {# comentarios}} · {exact, number} exactos · {fuzzy, number} aproximados · {orphan, number} sin ubicar',
  'workbench.byProvision': 'Comentarios por disposición',
  'workbench.noMatch': 'Ningún comentario coincide con el filtro.',
  'workbench.noneYet':
    'Todavía no hay comentarios: seleccione un pasaje en la página y elija Comentar.',
  'workbench.unaddressed': 'Fuera de todo artículo',
  'workbench.notPlacedRegion': 'Comentarios que no se pudieron ubicar',
  'workbench.notPlaced': 'Sin ubicar en esta versión',
  'workbench.outline': 'Estructura ({count, plural, one {# disposición} other {# disposiciones}})',
  'workbench.outlineNav': 'Estructura del proyecto',
  'outline.fold': 'Contraer {provision}',
  'outline.unfold': 'Expandir {provision}',

  'filters.region': 'Filtrar los comentarios',
  'filters.search': 'Buscar',
  'filters.tag': 'Etiqueta',
  'filters.stance': 'Posición',
  'filters.status': 'Estado',
  'filters.set': 'Conjunto',
  'filters.author': 'Autor',

  'card.show': 'Mostrar en la página el pasaje del comentario sobre {provision}:',
  'card.notPlacedReason': 'No se pudo ubicar: {reason}.',
  'card.passageNotFound': 'no se encontró el pasaje',
  'card.rationale': 'Justificación: {rationale}',

  'submission.title': 'Observaciones sobre {document}',
  'submission.theDraft': 'el proyecto',
  'submission.organisation': 'Organización',
  'submission.country': 'País',
  'submission.contact': 'Contacto',
  'submission.accreditation': 'Acreditación',
  'submission.document': 'Documento',
  'submission.documentTitle': 'Título',
  'submission.revision': 'Revisión',
  'submission.version': 'Versión del texto',
  'submission.date': 'Fecha',
  'submission.stance': 'Posición',
  'submission.priority': 'Prioridad',
  'submission.tags': 'Etiquetas',
  'submission.author': 'Autor',
  'submission.writtenOn': 'Redactado sobre',
  'submission.targetsNow': 'Se refiere ahora a',
  'submission.generalComments': 'Observaciones generales',
  'submission.provision': 'Disposición',
  'submission.draftText': 'Texto del proyecto',
  'submission.amendment': 'Enmienda propuesta',
  'submission.commentAndRationale': 'Comentario y justificación',
  'submission.comment': 'Comentario',
  'submission.rationale': 'Justificación',
  'submission.language': 'Idioma de la contribución',
  'csv.provision': 'disposición',
  'csv.quote': 'cita',
  'csv.comment': 'comentario',
  'csv.proposalKind': 'tipo de enmienda',
  'csv.proposalText': 'texto de la enmienda',
  'csv.rationale': 'justificación',
  'csv.stance': 'posición',
  'csv.priority': 'prioridad',
  'csv.tags': 'etiquetas',
  'csv.author': 'autor',
  'csv.organisation': 'organización',
  'csv.created': 'creado',
  'csv.updated': 'modificado',
  'csv.documentSymbol': 'signatura del documento',
  'csv.writtenOn': 'redactado sobre',
  'csv.targets': 'se refiere a',
  'csv.id': 'identificador',
  'proposal.replace': 'sustituir',
  'proposal.insert': 'insertar',
  'proposal.delete': 'suprimir',
  'submission.byProvision': 'Observaciones por disposición',
  'submission.description': 'Matriz de observaciones exportada por Redline',
  'submission.legend':
    'Las palabras suprimidas aparecen <del>tachadas</del> y las insertadas, <ins>subrayadas</ins>.',

  'viewer.recovery.step': 'Recuperando el texto: {step}…',
  'viewer.recovery.done':
    'Texto recuperado a partir de {source}: {pages} de {total} páginas contenían números de glifos y ahora se leen como letras.',
  'viewer.recovery.failed':
    'Redline no pudo recuperarlo aquí. Recupérelo con la línea de comandos: redline outline ARCHIVO.pdf --text-source ARCHIVO.txt (u ocr).',
  'viewer.recovery.cancelled':
    'Recuperación cancelada: los comentarios sobre este texto quizá no vuelvan a encontrar sus palabras.',
  'viewer.recovery.source.font': 'las tablas propias de las fuentes',
  'viewer.recovery.source.parallel': 'el texto del mismo documento publicado a su lado',
  'viewer.recovery.source.ocr': 'reconocimiento óptico de caracteres (OCR)',
  'viewer.recovery.noOcrData':
    'Redline no incluye datos de reconocimiento (OCR) para este idioma (los tiene para el árabe y el chino): recupere el texto con la línea de comandos y los datos OCR del sistema (redline outline ARCHIVO.pdf --text-source ocr).',
  'viewer.recovery.doneByOcr':
    'Texto recuperado mediante OCR de la página {read}, la que está leyendo: {pages} de {total} páginas contenían números de glifos; las demás se leen como letras donde comparten sus glifos.',
  'export.region': 'Exportar una contribución',
  'export.formatDocx': 'Matriz de comentarios de Word (.docx)',
  'export.formatMd': 'Markdown (.md)',
  'export.formatCsv': 'CSV para hojas de cálculo (.csv)',
  'export.formatJson': 'Contribución en JSON (.json)',
  'export.formatW3c': 'Anotaciones web del W3C (.jsonld)',
  'export.formatPdf': 'PDF con comentarios (.pdf): el proyecto con un resaltado por comentario',
  'export.pdfDownloading': 'Descargando {url}…',
  'export.pdfPickFirst': 'elija primero el PDF del proyecto',
  'export.pdfNoDownload':
    'Redline no pudo descargar {url}; compruebe su conexión, o descargue el PDF usted mismo y elíjalo aquí',
  'export.pdfHttpError':
    'el servidor respondió {status} para {url}; descargue el PDF usted mismo y elíjalo aquí',
  'export.pdfMarking':
    'Leyendo el PDF y marcando {count, plural, one {# pasaje} other {# pasajes}}…',
  'export.pdfSaved':
    'Se guardó {file} en sus descargas: {count, plural, one {# comentario marcado} other {# comentarios marcados}} en el PDF.',
  'export.pdfUnplaced': 'No se encontró en este PDF: {list}.',
  'export.pdfLegend': 'El PDF del proyecto',
  'export.pdfFromUrl': 'Redline lo descarga de {url}, o usa la copia que elija aquí.',
  'export.pdfPick': 'Elija el PDF de este proyecto: Redline le añade sus comentarios.',
  'export.pdfFile': 'PDF del proyecto',
  'export.preparing': 'Preparando el archivo…',
  'export.saved': 'Se guardó {file} en sus descargas: {summary}.',
  'export.failed':
    'No se exportó. Pruebe otro formato, o vuelva a cargar el panel lateral e inténtelo de nuevo.',
  'export.profileGaps': 'A su perfil le falta: {fields}. La portada los mostrará vacíos.',
  'export.fillInProfile': 'Complete los datos de su organización en Opciones',
  'export.canStillExport': 'Aun así, puede exportar ahora.',
  'export.includePrivate':
    'Incluir {count, plural, one {# comentario o respuesta privados} other {# comentarios o respuestas privados}}',
  'export.sets': 'Conjuntos (capas)',
  'export.authors': 'Autores',
  'export.onlyTags': 'Solo estas etiquetas (ninguna marcada: todas)',
  'export.onlyStances': 'Solo estas posturas (ninguna marcada: todas)',
  'export.generalComments':
    'Observaciones generales (al inicio de la contribución; una línea en blanco empieza un nuevo párrafo)',
  'export.format': 'Formato',
  'export.summary':
    '{comments, plural, one {# comentario} other {# comentarios}} de {sets, plural, one {# conjunto} other {# conjuntos}}',
  'export.tickOne': ': marque al menos un conjunto y un autor.',
  'export.submit': 'Exportar',

  'errors.invalidRequest': 'Redline lo rechazó por mal formado o demasiado largo',
  'errors.unreachable':
    'el proceso en segundo plano de Redline no respondió; vuelva a cargar la página o reinicie el navegador si persiste',
  'errors.failed': 'se rechazó el cambio',

  'sets.created': 'Conjunto «{name}» creado.',
  'sets.saved': 'Se guardó {file} en sus descargas.',
  'sets.notSaved':
    'No se guardó. Compruebe que las descargas estén permitidas e inténtelo de nuevo.',
  'sets.copied':
    'Se {count, plural, one {copió # anotación} other {copiaron # anotaciones}} al portapapeles.',
  'sets.notCopied': 'No se copió. Use la descarga en su lugar.',
  'sets.region': 'Conjuntos y capas',
  'sets.heading': 'Conjuntos',
  'sets.none': 'Aún no hay conjuntos: su primer comentario crea «Mis comentarios».',
  'sets.includePrivate': 'Incluir mis comentarios privados (quedan fuera si no marca esta casilla)',
  'sets.download': 'Descargar los conjuntos seleccionados',
  'sets.copy': 'Copiar los conjuntos seleccionados al portapapeles',
  'sets.new': 'Nuevo conjunto',
  'sets.name': 'Nombre',
  'sets.colour': 'Color',
  'sets.import': 'Importar',
  'liveSets.heading': 'Conjuntos en vivo',
  'liveSets.none': 'Ningún conjunto se sincroniza todavía con un servidor.',
  'liveSets.item': 'Conjunto en vivo {set}',
  'liveSets.where': '{database} en {server}',
  'liveSets.state.connecting': 'Conectando',
  'liveSets.state.syncing': 'Sincronizando',
  'liveSets.state.inSync': 'Sincronizado',
  'liveSets.state.offline': 'Sin conexión',
  'liveSets.state.error': 'Error',
  'liveSets.because': '{state}: {reason}',
  'liveSets.offlineReason':
    'No se puede llegar a {server}: sus cambios esperan en este navegador y se enviarán cuando vuelva.',
  'liveSets.conflicts':
    '{count, plural, one {# comentario tiene dos versiones} other {# comentarios tienen dos versiones}}: elija en la pestaña Comentarios',
  'liveSets.skipped':
    '{count, plural, one {# documento del servidor quedó fuera} other {# documentos del servidor quedaron fuera}}',
  'liveSets.leave': 'Salir (conservar una copia aquí)',
  'liveSets.left': 'Ha salido del conjunto en vivo; sus comentarios se quedan aquí.',
  'liveSets.form': 'Conectar un conjunto a un servidor',
  'liveSets.set': 'Conjunto',
  'liveSets.share': 'Compartir {set}',
  'liveSets.join': 'Unirse a un conjunto compartido por un colega',
  'liveSets.database': 'Base de datos del conjunto',
  'liveSets.databaseOf':
    'Su base de datos en el servidor: {database} (su coordinador la crea y le añade como miembro).',
  'liveSets.address': 'Dirección del servidor',
  'liveSets.addressExample': 'https://sync.example.org',
  'liveSets.databaseExample': 'redline-set-…',
  'liveSets.user': 'Nombre de usuario',
  'liveSets.password': 'Contraseña',
  'liveSets.connect': 'Conectar',
  'liveSets.connecting': 'Conectando…',
  'liveSets.connected': 'Conectado: el conjunto se sincroniza ahora con el servidor.',
  'liveSets.notConnected': 'No conectado: {reasons}',
  'set.yours': 'suyo',
  'set.yoursAs': 'suyo, como {by}',
  'set.colleague': 'capa de un colega',
  'set.colleagueBy': 'capa de un colega: {by}',
  'set.holds':
    '{annotations, plural, one {# comentario} other {# comentarios}} en {documents, plural, one {# documento} other {# documentos}}',
  'set.colourOf': 'Color del conjunto {set}',
  'set.nameOf': 'Nombre del conjunto {set}',
  'set.show': 'Mostrar {set}',
  'set.select': 'Seleccionar {set} para exportar',

  'revisions.reading': 'Leyendo las revisiones guardadas en este navegador…',
  'revisions.region': 'Revisiones en este navegador',
  'revisions.of': 'Revisiones de {document}',
  'revisions.thisDocument': 'este documento',
  'revisions.carryFrom': 'Trasladar desde',
  'revisions.noEarlier': 'Este navegador no guarda ninguna revisión anterior de este proyecto.',
  'revisions.noText':
    'Redline aún no ha guardado el texto de esta página: vuelva a cargarla una vez.',
  'revisions.allReviewed':
    'Todos los comentarios sobre {document} se han examinado para esta revisión.',
  'revisions.carried':
    '{count, plural, one {# comentario trasladado} other {# comentarios trasladados}}.',
  'revisions.placed': 'Comentario colocado en {provision}.',
  'revisions.selectedPassage': 'el pasaje seleccionado',
  'revisions.carryRegion': 'Trasladar los comentarios desde {document}',
  'revisions.carryHeading': 'Trasladar desde {document}',
  'revisions.carryUnchanged': 'Trasladar los {count} sin cambios',
  'revisions.noPage': 'No hay ninguna página abierta junto al banco de trabajo.',
  'revisions.selectFirst':
    'Seleccione primero el nuevo pasaje en la página y luego vuelva a elegir esta opción.',
  'compare.title': 'Comparar una disposición',
  'compare.provision': 'Disposición',
  'compare.choose': 'Elija…',
  'compare.keepText': 'Abra {document} una vez para que Redline conserve su texto.',
  'compare.earlier': 'Versión anterior',
  'compare.thisRevision': 'Esta revisión',
  'compare.notInRevision': '{provision} no figura en esta revisión.',
  'compare.changes': 'Cambios en {provision}',
  'compare.comments': 'Comentarios sobre {provision}',
  'compare.highlight': '(resaltado)',
  'compare.inThisRevision': 'esta revisión',
  'compare.inEarlier': 'versión anterior',
  'carry.unchanged': 'Sin cambios',
  'carry.changed': 'Texto modificado',
  'carry.moved': 'Desplazado',
  'carry.gone': 'Eliminado',
  'carry.countUnchanged': '{count} sin cambios',
  'carry.countChanged': '{count, plural, one {# modificado} other {# modificados}}',
  'carry.countMoved': '{count, plural, one {# desplazado} other {# desplazados}}',
  'carry.countGone': '{count, plural, one {# eliminado} other {# eliminados}}',
  'carry.outside': 'Fuera de todo artículo',
  'carry.howChanged': 'Cómo cambió el pasaje: palabras antiguas tachadas, nuevas subrayadas',
  'carry.carry': 'Trasladar',
  'carry.accept': 'Aceptar la nueva ubicación',
  'carry.retarget': 'Usar el pasaje seleccionado en la página',
  'revisionList.label': 'Revisiones de {family} guardadas aquí',
  'revisionList.thisPage': ' (esta página)',
  'revisionList.newest': ' — la más reciente',

  'viewer.title': 'Visor de PDF de Redline',
  'viewer.toolbar': 'Visor de PDF',
  'viewer.open': 'Abrir un PDF…',
  'viewer.zoom': 'Zoom',
  'viewer.zoomOut': 'Alejar',
  'viewer.zoomIn': 'Acercar',
  'viewer.zoomLevel': 'Nivel de zoom',
  'viewer.page': 'Página',
  'viewer.ofPages': 'de {count}',
  'viewer.pageLabel': 'Página {number}',
  'viewer.find': 'Buscar en el documento',
  'viewer.findButton': 'Buscar',
  'viewer.previousMatch': 'Coincidencia anterior',
  'viewer.noMatch': 'Sin coincidencias',
  'viewer.matchOf': '{current, number} de {count, number}',
  'viewer.contents': 'Índice',
  'viewer.dropHint':
    'Suelte un PDF en cualquier parte de esta página o elija uno con «Abrir un PDF…».',
  'viewer.opening': 'Abriendo el PDF…',
  'viewer.readingText': 'Leyendo el texto…',
  'viewer.oneDocument': 'Abra el nuevo PDF en otra pestaña del visor: esta conserva su documento.',
  'viewer.cannotShow': 'Redline no pudo mostrar este PDF.',
  'viewer.ownTab': 'El visor de Redline solo se abre en una pestaña propia.',
  'viewer.noDownload':
    'Redline no pudo descargar {url}. Compruebe su conexión, o descargue el PDF y suéltelo aquí.',
  'viewer.httpError':
    'El servidor respondió {status} para {url}: puede que el archivo se haya movido. Ábralo de nuevo desde la página de las Naciones Unidas, o descárguelo y suéltelo aquí.',
  'viewer.password': '{name} está protegido con contraseña; Redline no puede abrirlo.',
  'viewer.notPdf':
    '{name} no es un PDF que Redline pueda leer. Si es una página web, ábrala en una pestaña normal: Redline anota allí las páginas de las Naciones Unidas.',
  'viewer.brokenText':
    'La capa de texto {pages, plural, =0 {de todas las páginas} one {de la página {list}} other {de las páginas {list}}} contiene números de glifos, no letras: copiar, buscar y comentar funcionarían sobre basura. Recupérela con la línea de comandos: redline outline FILE.pdf --text-source FILE.txt (u ocr).',

  'import.kindRedline': 'Conjunto de anotaciones de Redline',
  'import.kindW3c': 'Anotaciones web del W3C',
  'import.kindHypothesis': 'Exportación de Hypothesis',
  'import.kindPdf': 'PDF con comentarios',
  'import.new': '{count, plural, one {# nueva} other {# nuevas}}',
  'import.updated': '{count, plural, one {# actualizada} other {# actualizadas}}',
  'import.unchanged': '{count} sin cambios',
  'import.conflicts': '{count} en conflicto (se conservan ambas versiones)',
  'import.older':
    '{count, plural, one {# más antigua que la suya, ignorada} other {# más antiguas que las suyas, ignoradas}}',
  'import.deletions': '{count, plural, one {# eliminación} other {# eliminaciones}}',
  'import.collisions':
    '{count, plural, one {# rechazada} other {# rechazadas}}: mismo identificador en otro documento',
  'import.newDocuments': '{count, plural, one {# documento nuevo} other {# documentos nuevos}}',
  'import.preview': 'Vista previa de la importación',
  'import.fileKind': '{file}: {kind}',
  'import.holds': '{count, plural, one {# anotación} other {# anotaciones}} en:',
  'import.untilApply': 'No se guarda nada hasta que aplique.',
  'import.skipped': '{count} sin importar',
  'import.apply': 'Aplicar la importación',
  'import.cancel': 'Cancelar',
  'import.refused': 'Importación rechazada',
  'import.notImported': '{file} no se importó',
  'import.nothingWritten':
    'No se guardó nada. Pida al remitente un archivo corregido, o corrija lo siguiente:',
  'import.dropHint': 'Suelte un archivo aquí o elija uno.',
  'import.shared':
    'Importar un archivo compartido (conjunto de Redline, W3C, Hypothesis o un PDF con comentarios)',
  'import.reading': 'Leyendo {file}…',
  'import.scanning': 'Leyendo {file}: {share, number, percent} recorrido',
  'import.parsing': 'Leyendo {file}: construyendo las anotaciones…',
  'import.checking': 'Comprobando {file}: {done, number} de {total, number} anotaciones',
  'import.comparing': 'Comparando {total, number} anotaciones con las suyas…',
  'import.done': 'Importación terminada',
  'import.imported': 'Se importó {file}.',
  'import.chooseVersion': 'Editados al mismo tiempo: elija qué versión conservar',
  'import.heading': 'Importar anotaciones',
  'import.hint':
    'Un conjunto de Redline de un colega, anotaciones web del W3C o una exportación de Hypothesis. Verá lo que cambiaría antes de que se guarde nada.',

  'card.private': 'privado: permanece en este navegador salvo que lo incluya',
  'card.links': 'Enlaces',
  'card.replies': 'Respuestas',
  'card.unnamedAuthor': 'Autor sin nombre',
  'card.privateMark': ' · privado',
  'card.noComment': 'Sin comentario',
  'versions.others':
    '{count, plural, one {# otra versión editada} other {# otras versiones editadas}} al mismo tiempo',
  'versions.restore': 'Restaurar esta versión',
  'conflict.shownNow': 'Versión mostrada ahora',
  'conflict.other': 'Otra versión',
  'conflict.keep': 'Conservar esta versión',
  'conflict.kept': 'Conservada: {version}. La otra queda en el historial.',
  'conflict.proposal': 'Propuesta ({kind}): {text}',
  'conflict.deleted': ' · eliminado',
  'notes.on': 'Notas interpretativas sobre {article}',
  'notes.onCount': 'Notas interpretativas sobre {article} ({count})',
  'notes.explains': '{source}, {address} — sobre {explains}',
  'notes.region': 'Notas interpretativas sobre sus artículos',
  'document.facts': '{kind} · {count, plural, one {# versión vista} other {# versiones vistas}}',
  'backup.heading': 'Copia de seguridad y restauración',
  'backup.storageChecking': 'Almacenamiento: comprobando…',
  'backup.storagePersistent':
    'Almacenamiento: persistente — el navegador no lo borrará para liberar espacio.',
  'backup.storageNotPersistent':
    'Almacenamiento: no persistente — el navegador puede borrarlo cuando quede poco espacio en disco. Haga copias a menudo.',
  'backup.none': 'Aún no se ha hecho ninguna copia de seguridad.',
  'backup.last': 'Última copia de seguridad: {at}.',
  'backup.download': 'Descargar una copia de seguridad',
  'backup.saved': '{fileName} se guardó en sus descargas. Consérvelo en un lugar seguro.',
  'backup.failed':
    'La copia de seguridad falló. Inténtelo de nuevo; si vuelve a fallar, reinicie el navegador.',
  'backup.reminderEvery':
    'Sugerir una copia de seguridad en el banco de trabajo tras este número de comentarios nuevos',
  'backup.reminderSaved':
    'El banco de trabajo sugerirá una copia de seguridad tras {every, plural, one {# comentario nuevo} other {# comentarios nuevos}}.',
  'backup.reminderRefused':
    'No se guardó: indique un número entero de {min, number} a {max, number}.',
  'backup.restorePicker': 'Restaurar desde un archivo de copia de seguridad',
  'backup.reading': 'Leyendo {fileName}…',
  'backup.refused': '{fileName} no se restauró; sus datos no cambiaron.',
  'backup.refusedList': 'Por qué se rechazó la copia de seguridad',
  'backup.dialogTitle': 'Restaurar una copia de seguridad',
  'backup.holds': 'El archivo {fileName}, creado el {madeAt}, contiene {contents}.',
  'backup.nowHeld': 'Redline contiene ahora {contents}.',
  'backup.contents':
    '{comments, plural, one {# comentario} other {# comentarios}}, {documents, plural, one {# documento} other {# documentos}}, {sets, plural, one {# conjunto} other {# conjuntos}}, {drafts, plural, one {# borrador sin enviar} other {# borradores sin enviar}}',
  'backup.replaceExplained':
    'Reemplazar: todo lo que Redline contiene ahora — comentarios, conjuntos, documentos, borradores, perfil — se elimina y la copia de seguridad ocupa su lugar.',
  'backup.mergeExplained':
    'Combinar: la copia de seguridad se añade a lo que hay aquí según las reglas de una importación — {new, plural, one {# comentario nuevo} other {# comentarios nuevos}}; {updated, plural, one {# edición más reciente sustituye} other {# ediciones más recientes sustituyen}} a las anteriores; {conflicts, plural, one {# comentario editado en ambos lados se conserva} other {# comentarios editados en ambos lados se conservan}} en sus dos versiones. Nada más reciente se sobrescribe y su perfil se mantiene.',
  'backup.emptyExplained':
    'Redline aún no contiene comentarios: la copia de seguridad se restaura tal cual.',
  'backup.unchangedOnFailure': 'Si algo falla, nada cambia.',
  'backup.replace': 'Reemplazar todo por la copia de seguridad',
  'backup.merge': 'Combinar la copia de seguridad con sus datos',
  'backup.restore': 'Restaurar la copia de seguridad',
  'backup.restoring': 'Restaurando {fileName}…',
  'backup.restoredReplace':
    'Se restauró {fileName}: {annotations, plural, one {# anotación} other {# anotaciones}}, {sets, plural, one {# conjunto} other {# conjuntos}}, {documents, plural, one {# documento} other {# documentos}} ({seconds, number, ::.0} s).',
  'backup.restoredMerge':
    'Se combinó {fileName}: {new, number} nuevos, {updated, number} actualizados, {conflicts, number} en conflicto (se conservan ambas versiones) ({seconds, number, ::.0} s).',
  'backup.restoreFailed': 'La restauración falló, sus datos no cambiaron.',
  'backupReminder.label': 'Es hora de hacer una copia de seguridad',
  'backupReminder.never':
    'Ha escrito {count, plural, one {# comentario} other {# comentarios}} y nunca ha hecho una copia de seguridad.',
  'backupReminder.since':
    'Ha escrito {count, plural, one {# comentario} other {# comentarios}} desde su última copia de seguridad ({at}).',
  'backupReminder.why':
    'Un archivo de copia de seguridad es lo que los recupera si el navegador pierde sus datos.',
  'backupReminder.action': 'Hacer una copia en Opciones',
  'recovery.step.parallel': 'buscando el texto del mismo documento',
  'recovery.step.writing': 'escribiendo las letras en el PDF',
  'recovery.step.glyphRuns': 'leyendo las secuencias de glifos',
  'recovery.step.aligning': 'alineando las secuencias de glifos con el texto',
  'recovery.step.fontTables': 'leyendo las tablas propias de las fuentes',
  'recovery.step.ocr': 'reconociendo las páginas (OCR)',
  'menu.commentOnSelection': 'Comentar la selección en Redline',
  'badge.pdfOffer': 'Redline: abra este PDF en Redline para comentarlo',
  'sets.defaultName': 'Mis comentarios',
  'unplaced.emptyQuote': 'no cita ningún texto',
  'unplaced.notFound': 'sus palabras no están en este texto (¿otra versión del proyecto?)',
  'unplaced.ambiguous': 'sus palabras aparecen en varios lugares y nada indica en cuál',
  'unplaced.deleted': 'su pasaje se suprimió en esta versión',
  'unplaced.onlyElsewhere':
    'su disposición sigue en pie sin sus palabras; solo figuran en otra disposición, donde quizá siempre figuraron las mismas palabras',
  'unplaced.notDrawn': 'sus palabras no están dibujadas en ninguna página de este PDF',
  'problem.at': '{place}: {reason}',
  'problem.fileTooLarge':
    'el archivo ocupa {size} MB; Redline lee archivos de hasta {maximum, number} MB',
  'problem.fileTooLargeToDecode':
    'el archivo es demasiado grande para que este navegador lo lea como texto',
  'problem.notUtf8': 'el archivo no es JSON: no es texto UTF-8',
  'problem.cutOff':
    'el archivo está truncado: su JSON termina antes de estar completo. Puede que la descarga o la copia no haya terminado; utilice el archivo completo',
  'problem.notJson': 'el archivo no es JSON válido',
  'problem.textTooLong':
    'un texto de {length, number} caracteres; Redline lee textos de hasta {maximum, number}',
  'problem.nestedTooDeep': 'anidado en más de {maximum, number} niveles',
  'problem.tooManyItems': 'más de {maximum, number} elementos; Redline lee hasta {maximum, number}',
  'problem.forbiddenKey': 'la clave «{key}» no está permitida',
  'problem.noAnnotations': 'el archivo no contiene anotaciones',
  'problem.notAnnotationObjects':
    'el archivo no contiene anotaciones: se esperaba un objeto JSON o una matriz de objetos',
  'problem.otherRedlineFile':
    'este archivo es un archivo «{format}», no un conjunto de anotaciones de Redline',
  'problem.unknownFormat':
    'este archivo no es un conjunto de anotaciones de Redline, ni Web Annotations del W3C, ni una exportación de Hypothesis',
  'problem.wrongFormat':
    'se esperaba «{expected}», {found, select, none {no se encontró nada} other {se encontró {found}}}',
  'problem.newerSetVersion':
    'este archivo es un conjunto de Redline de la versión {version}; este Redline lee la versión {supported}: actualice Redline',
  'problem.wrongVersion':
    'se esperaba {expected}, {found, select, none {no se encontró nada} other {se encontró {found}}}',
  'problem.notW3c': 'se esperaban Web Annotations del W3C',
  'problem.collectionNotEmbedded':
    'las anotaciones de la colección no están en el archivo (solo un enlace a ellas); expórtelas incrustadas',
  'problem.laterPagesMissing':
    'las páginas siguientes ({link}) no están en el archivo y no se importaron',
  'problem.notHypothesis':
    'se esperaba una exportación, un resultado de búsqueda o una anotación de Hypothesis',
  'problem.nothingToImport':
    'nada de este archivo puede importarse: ninguna anotación cita un pasaje de texto que Redline pueda encontrar',
  'problem.readFailed': 'no se pudo leer el archivo',
  'problem.databaseRefused': 'la base de datos rechazó la importación, así que no se escribió nada',
  'problem.notImported': 'no importado ({reasons})',
  'problem.noSetInFile': 'no hay ningún conjunto «{id}» en este archivo',
  'problem.noDocumentInFile': 'no hay ningún documento «{key}» en este archivo',
  'problem.replyWithoutThread': 'una respuesta a una anotación no importada de este archivo',
  'problem.wholeResource': 'se refiere a todo el recurso, a ningún pasaje',
  'problem.targetNotAllowed': 'un destino que el modelo no admite',
  'problem.quoteSelectorWrong': 'su TextQuoteSelector es incorrecto ({reasons})',
  'problem.selectorByReference': 'su selector se da por referencia, no en el archivo',
  'problem.noQuotedText':
    'selecciona por {selectors}, sin texto citado con el que encontrar el pasaje',
  'problem.pageNote': 'una nota de página sin pasaje de texto que citar',
  'problem.expectedDateTime': 'se esperaba una fecha y una hora',
  'problem.endBeforeStart': 'el final no debe preceder al inicio',
  'problem.expectedAnnotation': 'se esperaba «Annotation»',
  'problem.needsTarget': 'una anotación necesita un destino',
  'problem.pdfTooLarge': '{name} ocupa más de {maximum, number} MB',
  'problem.pdfEncrypted':
    '{name} está cifrado: guarde una copia sin protección (Archivo › Imprimir › Guardar como PDF) e impórtela',
  'problem.pdfUnreadable': '{name} no es un PDF que Redline pueda leer',
  'problem.pdfScripted':
    '{name} contiene acciones JavaScript; Redline no importa PDF con scripts. Guarde una copia sin scripts (imprimir en PDF) e impórtela',
  'problem.pdfTooManyAnnotations':
    '{name} contiene {total, number} anotaciones; Redline importa como máximo {maximum, number} de un mismo PDF',
  'problem.pdfNoteTooLong':
    '{name}: la anotación {kind} de la página {page}: su texto supera los {maximum, number} caracteres',
  'problem.pdfNoteInvalid': '{name}: la anotación {kind} de la página {page}: {reasons}',
  'problem.pdfKindsLeftOut':
    '{count, plural, one {# anotación {kind}: no es un comentario sobre el texto, se omite} other {# anotaciones {kind}: no son comentarios sobre el texto, se omiten}}',
  'problem.pdfNoteNotOnText':
    'la nota {kind} de la página {page}{hasAuthor, select, yes { de {author}} other {}} no se colocó: el texto que tiene debajo no es texto que Redline lea (una página escaneada o un encabezado)',
  'problem.pdfNoteNoPageText':
    'la nota {kind} de la página {page}{hasAuthor, select, yes { de {author}} other {}} no se colocó: su página no tiene texto donde colocarla',
  'problem.pdfNothingPlaceable':
    '{name} no contiene ningún comentario sobre su texto que Redline pueda colocar',
  'problem.setFileNotBackup':
    'este archivo es un conjunto de anotaciones de Redline, no una copia de seguridad: impórtelo con «Importar un archivo compartido»',
  'problem.notBackup':
    'este archivo no es una copia de seguridad de Redline: no tiene "format": "{format}"',
  'problem.newerBackupVersion':
    'este archivo es una copia de seguridad de Redline de la versión {version}; este Redline lee la versión {supported}: actualice Redline',
  'problem.newerSubmissionVersion':
    'este archivo es una contribución de Redline de la versión {version}; este Redline lee la versión {supported}: actualice Redline',
  'problem.sync.noAddress': 'escriba la dirección del servidor',
  'problem.sync.noUser': 'escriba su nombre de usuario',
  'problem.sync.noPassword': 'escriba su contraseña',
  'problem.sync.databaseName':
    'el nombre de una base de datos de conjunto empieza por redline-set-',
  'problem.sync.addressInvalid':
    '«{address}» no es una dirección: escríbala como https://sync.example.org',
  'problem.sync.addressWithCredentials':
    'escriba el nombre de usuario y la contraseña en sus propios campos, no en la dirección',
  'problem.sync.addressWithQuery':
    'la dirección de un servidor de sincronización no lleva parte ? ni #',
  'problem.sync.addressNotEncrypted':
    '{host} no está en este equipo: use https:// para que su contraseña y sus comentarios viajen cifrados',
  'problem.sync.addressProtocol':
    '{protocol} no es una dirección de servidor de sincronización: use https://',
  'problem.sync.accessDenied':
    'Redline necesita su permiso para acceder a {host}: vuelva a conectar y permítalo',
  'problem.sync.unreachable':
    'no se puede llegar a {host}: compruebe la dirección, que el servidor está en marcha y que tiene conexión',
  'problem.sync.userRefused':
    '{host} rechazó el nombre de usuario «{user}» con esta contraseña: compruebe ambos',
  'problem.sync.notMember':
    '«{user}» no es miembro de {database}: pida a su coordinador que le añada',
  'problem.sync.noDatabase':
    '{host} no tiene ninguna base de datos de conjunto «{database}»: pida a su coordinador que la cree (véase «redline serve» en el README)',
  'problem.sync.notCouchDb':
    '{host} no es un servidor de sincronización: no respondió como CouchDB (estado {status})',
  'problem.sync.notRedlineDatabase':
    '{database} en {host} no es una base de datos de conjunto de Redline: no tiene la validación de Redline',
  'problem.sync.noReadableSet':
    '{database} en {host} no contiene ningún conjunto de Redline legible',
  'problem.sync.holdsOtherSet':
    '{database} ya contiene el conjunto «{set}»: únase a él en lugar de compartir allí el suyo',
  'problem.sync.nothingToJoin':
    '{database} aún no contiene ningún conjunto: primero se conecta el miembro que lo comparte y después se une usted',
  'problem.sync.credentialsExpired':
    'el servidor ya no acepta su nombre de usuario y contraseña: vuelva a conectar el conjunto',
  'problem.sync.changeRefused': 'el servidor rechazó un cambio',
  'problem.sync.failed': 'la sincronización falló',
  'problem.sync.idMismatch': 'su _id no nombra lo que contiene el documento',
  'problem.sync.otherSet': 'pertenece al conjunto «{found}», no a este',
  'problem.sync.privateComment': 'un comentario privado, que nunca se comparte',
  'problem.setNotFound': 'no hay ningún conjunto «{id}» (quizá se haya eliminado)',
  'problem.zod.invalid_type': 'se esperaba {expected}, se recibió {received}',
  'problem.zod.too_big':
    '{origin, select, string {más de {maximum, number} caracteres} array {más de {maximum, number} elementos} other {mayor que {maximum, number}}}',
  'problem.zod.too_small':
    '{origin, select, string {{minimum, plural, =1 {sin texto} other {menos de # caracteres}}} array {{minimum, plural, =1 {sin elementos} other {menos de # elementos}}} other {menor que {minimum, number}}}',
  'problem.zod.invalid_format':
    '{format, select, regex {no coincide con el patrón {pattern}} other {{format} no válido}}',
  'problem.zod.not_multiple_of': 'no es múltiplo de {divisor}',
  'problem.zod.unrecognized_keys': 'claves que el formato no conoce: {keys}',
  'problem.zod.invalid_union': 'no corresponde a ninguna de las formas admitidas',
  'problem.zod.invalid_key': 'una clave no es válida',
  'problem.zod.invalid_element': 'un elemento no es válido',
  'problem.zod.invalid_value': 'se esperaba uno de estos valores: {values}',
  'problem.zod.custom': 'no tiene la forma esperada',
  'viewer.recovery.workerFailed': 'el proceso de recuperación no se inició',
};

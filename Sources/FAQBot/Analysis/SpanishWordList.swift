// Generated from the Snowball Spanish vocabulary (Tests/FAQBotTests/Fixtures/snowball-spanish/voc.txt,
// 3-clause BSD, Snowball project): every word form, lowercase, accents removed, ñ as n.
// Regenerate with the snippet in the commit that added this file if the list changes.

/// Correctly spelled Spanish word forms: the typo corrector leaves these alone
/// ("bien" is not a misspelling of some other indexed term).
enum SpanishWordList {
    /// Folded word forms (lowercase, no accents, ñ → n).
    static let folded: Set<String> = Set(text.split(separator: " ").map(String.init))

    private static let text = """
        a aaron abaco abajo abandera abandona abandonada abandonadas abandonado abandonados abandonamos abandonan
        abandonar abandonarlo abandonaron abandono abaratar abarca abarcamos abarcan abarcar abarcara abarcaran
        abarcaria abarco abaroa abarroteros abarroto abastece abastecedora abastecer abastecimiento abastecimientos
        abasto abatares abatida abatido abatidos abatimiento abatio abatir abatirnos abatirse abba abbud abc
        abdicacion abdicar abeba abedrop abel abelardo aberracion aberrante abidjan abiel abierta abiertamente
        abiertas abierto abiertos abigeo abimael abioticos abismo ablandar ablando abluciones abnegacion aboagay aboco
        abogada abogadas abogadete abogadillo abogado abogados abolicion abolira abominan abono abonos aborda
        abordaban abordada abordadas abordan abordando abordar abordara abordaran abordaron aborde abordo abortados
        abortiva aborto abortos abra abraham abrasivo abrazarlo abrazarse abrazo abre abrego abren abreu abreviar
        abrian abridor abriendo abrieron abrigan abrigo abrigos abril abriles abrio abrir abrira abriran abriria
        abrirla abrirlos abrirnos abrirse abrogacion abrogados abrogar abrupto abs absoletas absoluta absolutamente
        absoluto absolutoria absolvio absorba absorber absorbiendo absorver abstencionismo abstendra abstenga
        abstengan abstenido abstraccion abstracta abstractos abstuviera absuelto absurdas absurdo abucheado abuchear
        abuchearon abucheo abucheos abuela abuelas abuelita abuelitas abuelito abuelitos abuelo abuelos abultar abunda
        abundan abundancia abundante abundantes abundar abundaron abundo abur aburridas abuso abusos aca acaba acababa
        acabado acabados acabamos acaban acabando acabar acabara acabaria acabaron acabe acabo academia academica
        academicamente academicas academico academicos academik academy acaecio acallando acallar acambaro acampar
        acapara acaparado acaparadores acaparar acaparo acapulco acariciarte acarreado acarreadores acarreados
        acarrear acaso acatar acatare acatarlas acaten acaudaladas accedan accede acceder accederan accedido
        accedieron accesara accesible accesibles acceso accesorio accesorios accesos accidentado accidentados
        accidental accidentarnos accidente accidentes accion accionar accionaria accionarias accionario accione
        acciones accionista accionistas accival accra aceite aceites aceleradas acelerado acelerar acelerara
        acelerarse acelero acendrada acentuada acentuadas acentuar acentuo acepta aceptaba aceptaban aceptable
        aceptacion aceptada aceptadas aceptado aceptados aceptamos aceptan aceptar aceptara aceptarian aceptarla
        aceptaron aceptas acepte acepten acepto acer acera acerca acercaba acercaban acercado acercamiento
        acercamientos acercan acercando acercandonos acercandose acercar acercaran acercaria acercarnos acercaron
        acercarse acerco acereras acereros acero acerque acerquen acertada acertadamente acertado acervo acetato
        acevedo aceves achacan achacar achacaron achacarsela achaques acheson achichincles achieve achique achy
        acicalar acicate acida acidas acidez acido acidos acierto aciertos aclamada aclamado aclara aclaracion
        aclaraciones aclarado aclaramos aclarando aclarar aclarara aclararon aclaratorias aclaren aclaro aclimatado
        aclimatandose acne acogida acojan acomete acomodado acomodados acomodar acomodarse acompana acompanaba
        acompanaban acompanada acompanadas acompanado acompanados acompanan acompanando acompanante acompanantes
        acompanar acompanara acompanaran acompanaria acompanarian acompanaron acompane acompano acomplejados
        acondicionadas acondicionados acondicionamiento acongoje aconseja aconsejan aconsejar aconsejara aconsejaron
        aconsejeme aconsejo acontecer acontecimiento acontecimientos acontecio acopio acoplamiento acoplamientos
        acoplando acordada acordado acordados acordaron acorde acordes acordo acorralo acortado acortaron acorto acoso
        acosta acostada acostumbra acostumbraba acostumbraban acostumbradas acostumbrado acostumbrados acostumbramos
        acostumbran acostumbrando acostumbrar acostumbrarme acostumbrarnos acota acotamiento acrecentarlo acrecienta
        acredita acreditable acreditacion acreditada acreditado acreditados acredito acreedor acreedores acribillado
        acribillan acrobacias acrobata acta actas actitud actitudes activa activacion activamente activas actividad
        actividades activista activistas activo activos acto actor actoral actores actos actrices actriz actua actuaba
        actuacion actuaciones actuado actual actuales actualice actualidad actualizacion actualizaciones actualizada
        actualizando actualizar actualmente actuan actuando actuar actuara actuaran actuaron actue actuen actuo
        acuarios acuatica acuciantes acuda acudan acude acuden acudi acudia acudian acudido acudiera acudieron acudio
        acudir acudira acudiran acudiremos acudirian acueducto acuerda acuerdas acuerdese acuerdo acuerdos acuesto
        acumula acumulacion acumulada acumuladas acumulado acumulados acumulan acumulando acumular acumulo acuna
        acupuntura acusa acusaban acusacion acusaciones acusada acusadas acusado acusador acusadoras acusadores
        acusados acusan acusandolos acusarlo acusaron acusatorias acuso acustica acusticas ad adam adame adams adamson
        adan adaptacion adaptada adaptado adaptados adaptan adaptando adaptandose adaptar adaptaran adaptarse adapten
        adapto adarme addis adecuacion adecuaciones adecuada adecuadamente adecuadas adecuado adecuados adecuar
        adecuarla adecuarlos adecuarse adecuarte adela adelaida adelanta adelantada adelantado adelantados adelantamos
        adelantando adelantar adelantarnos adelantaron adelantarse adelantase adelante adelanto adelantos adelgazado
        adelgazar ademan ademanes ademas adentrarme adentrarnos adentro adeptos aderezara adese adeudaba adeudo
        adeudos adherencia adherida adheridos adherirse adhesion adhesiva adhiera adicional adicionales adicionalmente
        adiciones adicto adictos adiestramiento adios aditamento adivinacion adivino adivinos adjetivo adjudicacion
        adjudican adjudicaron adjudicarse adjudico adjuntando adjunto administra administracion administraciones
        administrador administradora administradores administrar administrativa administrativas administrativo
        administrativos admiraban admiracion admiradoras admiran admirar admiro admision admiten admitidas admitio
        admitir admito adoleciendo adolecio adolescencia adolescente adolescentes adolfo adolorida adopcion adopta
        adoptada adoptadas adoptado adoptando adoptar adoptara adoptaran adoptaron adopte adopten adopto adoquin adora
        adoradores adoratorio adornadas adornan adornar adorno adornos adoro adquiera adquiere adquieren adquiri
        adquirida adquiridas adquirido adquirientes adquiriera adquirieran adquirieron adquirio adquirir adquirira
        adquisicion adquisiciones adquisitivo adr adrian adriana adrs adscrita adscrito aduana aduanal aduanales
        aductor aduenarse adulta adultas adulto adultos advantaje adversario adversarios adversas adversidades
        adversos advertencia advertido advertimos advertir advertiran advertirle advertising advierta advierte
        advierten advierto advirtiendo advirtiendoles advirtieron advirtio aerea aereas aereo aereos aerodinamica
        aerodinamico aerofotogrametria aerografo aerolinea aerolineas aerolito aeromexico aeronautica aeronave
        aeronaves aeroperu aeroportuario aeropuerto aeropuertos aerosol aerosoles aerovias afa afan afanes afear
        afeccion afecciones afecta afectaba afectacion afectaciones afectad afectada afectadas afectado afectados
        afectan afectando afectar afectara afectaran afectaria afectaron afectarse afecte afectivas afectivo afecto
        afectos afeen afeitar aferrarse affaire afianzadora afianzarse aficion aficionadas aficionado aficionados
        aficiones afilada afiliacion afiliada afiliadas afiliado afiliados afiliaron afin afinacion afinaciones
        afinando afinar afines afinidad afinidades afino afirma afirmacion afirmaciones afirmado afirman afirmando
        afirmar afirmaron afirmativa afirmo afl afliccion afligida afligido afloja aflojadas aflojamos aflojar aflora
        afluencia aforismo afortunada afortunadamente afortunado afp afrenta africa africano africanos afro
        afroamericanos afrobrasileno afrobrasilenos afrodisiaco afrodisiacos afrodisio afrontar afrontara afrontaron
        afronten afuera afueras agacho agarra agarrada agarrar agarraron agarre agarrese age agencia agenciaron
        agencias agenda agendas agenl agente agentes agil agilidad agilizacion agilizando agilizar agilizara agio
        agiotistas agitacion agitadas agitadores agitando aglomeraciones aglutina aglutinar agobiado agonia agonizante
        agora agosto agotadas agotado agotamiento agotandolos agotaron agotarse agote agraciado agrada agradable
        agradece agradecemos agradecer agradeceran agradeceria agradeciendo agradecieron agradecimiento agradecio
        agradezco agrado agramon agrandar agrandarla agraria agrario agraristas agrava agravacion agravado agravaron
        agraviado agravios agredido agredidos agredieron agrega agregada agregado agregaduria agregan agregando
        agregar agregaron agregarse agrego agreguele agremiada agremiados agresion agresiones agresiva agresivamente
        agresivas agresividad agresivo agresivos agresor agresores agricola agricolas agricultores agricultura
        agridyne agrio agro agropecuaria agropecuario agropecuarios agroquimico agroquimicos agrupa agrupacion
        agrupaciones agrupadas agrupamiento agrupar agua aguacate aguacates agualeguas aguanta aguantar aguantarse
        aguanto aguardaba aguardaban aguardan aguas aguascalientes aguaytia aguda agudas agudiza agudizado agudo
        agudos aguila aguilar aguilas aguilera aguinaldo aguirre aguites aguja agujeros agujetas agustin agusto ah ahi
        ahmsa ahogados ahogando ahogaron ahondando ahondar ahora ahorita ahorra ahorrado ahorrador ahorradores
        ahorramos ahorrar ahorrara ahorraran ahorraron ahorrativa ahorrativo ahorro ahorros ahuehuete ahujas ahuyenta
        aida aikman air airadamente airbus aire airecombustible aires airways ais aislacionismo aislada aisladas
        aislados aislamiento aislarla aislarlo aispuro aiv aix ajalpan ajena ajenas ajeno ajenos ajusco ajusta
        ajustados ajustan ajustando ajustandolo ajustar ajustarse ajuste ajustes ajusticiado ak akita al ala alababa
        alabanza alabarderos alabo aladino aladro alain alambre alameda alamo alamos alan alanis alarcon alargadas
        alargar alarido alarma alarmado alarmados alarmante alarmaron alarme alarmismo alarmo alaska alatriste alavez
        alba albacete alban albanil albaniles albay albee alberca alberga albergar albergara albergue albergues albert
        alberto albiazul albiazules albiceleste alborotada alboroto alborotos album albur alcachofa alcala alcalde
        alcaldes alcaldesa alcaldia alcaldias alcalinidad alcalinos alcance alcancemos alcancen alcances alcantara
        alcantarilla alcantarillado alcanza alcanzaba alcanzaban alcanzada alcanzado alcanzados alcanzan alcanzando
        alcanzar alcanzara alcanzare alcanzaremos alcanzaria alcanzarlos alcanzaron alcanzo alcerreza alcocer alcohol
        alcoholicas aldape aldea aldeas aledanas alega alegando alegar alegara alegaron alegatos alego alegoria
        alegorico alegoricos alegraron alegre alegremente alegria alegro aleja alejaban alejado alejamiento
        alejandonos alejandose alejandra alejandro alejar alejara alejaron alejo aleman alemana alemanas alemanes
        alemania alenia alentador alentadora alentadores alentar alento alergia alergologia alerta alertado alerten
        alessio alex alexander alexandr alexis alfa alfabetico alfareria alfaro alfilerazos alfio alfombra alfonso
        alfred alfredo algas algebra algo algodon alguien algun alguna algunas alguno algunos ali aliada aliadas
        aliado aliados aliandose alianza alianzas aliar aliaron aliarse alice alicea alicia aliemos alienta alientan
        aliento alientos aligerar aligerarla alija alimanas alimentacion alimentada alimentado alimentador
        alimentadores alimentar alimenticia alimenticio alimenticios alimento alimentos alineacion alineaciones
        alineado alineo alistan aliuska aliviar aliviara aliviaria alivio aljibes alla allegadas allegado allegados
        allegar allegarle allegarles allegarse allende alli alma almacena almacenada almacenadora almacenaje
        almacenamiento almacenar almacene almacenes almaguer almaraz almas almohada almonte almorzar almorzase
        almuerzo almuerzos alonso alpargatado alquibenceno alquilado alquiler alquimia alrededor alrededores alta
        altadena altamente altamira altamirano altas altavista altera alteracion alteraciones alterado alterados
        alterar alteraran alteraron alterarse altercado altere alterna alternando alternar alternara alternativa
        alternativas alterno altibajos altimetro altiplano altisimos altisonantes altitud alto altos altruista altura
        alturas alud aludir alumbraba alumbraban alumbrado alumbro aluminio alumna alumnado alumnas alumno alumnos
        aluncinogenos alusion alusiva alvarado alvarez alvaro alvelais alvez alza alzados alzamiento alzas alzheimer
        alzo am ama amaba amaban amabilidad amable amablemente amables amadeo amado amador amagaron amago amamos
        amanda amando amanece amanecer amante amantes amanuense amapola amar amare amarga amargarnos amargas amargos
        amarilla amarillas amarillo amarillos amarme amaro amarrado amarrando amarren amarres amarro amaru amas
        amasando amateur amateurs amatista amatistas amatorias ambas ambassador ambicion ambicionan ambiciosa
        ambicioso ambiciosos ambientacion ambiental ambientales ambientalista ambientalistas ambientalmente ambientar
        ambiente ambientes ambiguedades ambito ambitos ambos ambriz ambrose ambrosio ambulancia ambulancias ambulantes
        ambulatorio amda amen amenace amenaqzado amenaza amenazaba amenazadas amenazado amenazados amenazan amenazando
        amenazar amenazara amenazaron amenazas amenazo amenizador ameno america american americana americanas
        americanismo americanista americanistas americano americanos americas americo amerimex ameritaba ames
        ametralladoras amga amieva amiga amigabilidad amigable amigas amigo amigos amigote amiguismos amiguita aminoro
        amistad amistades amistosa amistosas amistoso amistosos amnistia amo amoldan amonestaba amonestados amoniaco
        amonio amontonada amor amores amoroso amortiguadores amosca amotinados amoxcalli amp amparado amparar
        ampararnos ampare amparo amparos amplia ampliacion ampliaciones ampliada ampliadas ampliado ampliados
        ampliamente ampliando ampliar ampliara ampliaran ampliarla ampliarse amplias amplie amplio amplios amplitud
        ampudia amputaron amueblar amuelan an ana anacaborca anacronico anade anadido anadiendo anadieron anadio
        anahuac analfabetas analfabetismo analice analicen analisis analista analistas analiza analizadas analizado
        analizados analizamos analizando analizandolo analizar analizara analizaran analizaria analizarla analizarlo
        analizaron analizarse analizo analogas analogias anamup anarquia anatemas ancestrales ancestro ancestros ancha
        anchas ancho anciana ancianas ancianitos anciano ancianos ancira anclo and anda andaba andaban andamos andan
        andar andaria ande andei anderson andes andina andino ando andrade andrea andres andrew anduvo anecdota anemia
        anemica anestesia anexada anexamos anexas anexos anfibios anfisbena anfiteatro anfitrion anfora anforas angel
        angeles angelica angelicas angelina angelino angelito angelitos angelo angelus angiosperma angiospermas
        anglicana anglo angola angolena angoleno angolenos angongueo angostura angulo angustia angustiada angustias
        angustio anhatl anhelado anhelo anillo anima animacion animal animales animalizacion animar animaran animica
        animicamente animo animos aniversario ann anna ano anoche anochecer anonas anonima anonimas anonimato anonimo
        anonimos anos anosfueron anotaba anotacion anotaciones anotado anotados anotando anotar anotaron anotarse
        anote anoten anoto anselmo ansias ansiedad ansioso anstee antad antano ante anteayer antebrazo antecedente
        antecedentes antecesores antemano anteo anteojos antepasado antepenultimo anterior anteriores anterioridad
        anteriormente antes antesala antesalista anthony anti antiaereas anticipaba anticipacion anticipada
        anticipadamente anticipadas anticipado anticipamos anticipando anticipar anticiparon anticipos
        anticonstitucional anticontaminante anticontaminantes anticristo anticuarios antidemocratica antiderrapante
        antidoping antidoto antidotos antidrogas antidumping antier antiestres antigua antiguas antiguedad
        antiguedades antiguo antiguos antillano antillanos antillas antimonopolio antinarcoticos antinepota antioquena
        antiparasitaria antipatia antisocial antisubversiva antitesis antoja antojo antonelli antonin antonini antonio
        antorchista antropologia antropologo anual anuales anualmente anulacion anuladas anulados anularlo anuncia
        anunciaba anunciaban anunciada anunciadas anunciado anunciados anuncian anunciando anunciar anunciara
        anunciarlo anunciaron anuncio anuncios anzuelo anzuelos ap apabullo apaches apacible apaga apagados apagan
        apagara apago apagon apaleo aparadores aparato aparatos aparatosa aparcar aparece aparecen aparecer aparecia
        aparecidas aparecido apareciendo apareciera aparecieron aparecio aparentan aparentar aparente aparentemente
        aparentes aparento aparezca aparezcan aparicion apariciones apariencia apariencias apartado apartados
        apartamento apartamentos apartan aparte apasionadamente apasionado apasionamiento apasionantes apatia apaticas
        apaticos apedrean apegada apegadas apegan apegarnos apegarse apego apelacion apelaciones apelar apelaran
        apelativos apellido apelo apenado apenaron apenas apendice apendicitis apertura apetito apizaco aplacarlos
        aplasta aplastada aplastaron aplaude aplaudiendo aplaudieran aplaudieron aplaudio aplaudir aplaudiran aplauso
        aplausos aplaza aplazada aplazamiento aplazo aplica aplicables aplicacion aplicaciones aplicada aplicado
        aplicados aplican aplicar aplicara aplicaramos aplicaran aplicariamos aplicarla aplicarle aplicarlos aplicaron
        aplicarse aplico aplique apliquen apo apocada apocalipsis apocaliptica apocalipticas apocrifo apoda apodaban
        apodaca apodado apoderado apoderandose apoderaron apodero apodo apogeo apoplejia apoquinar aporta aportacion
        aportaciones aportado aportamos aportan aportando aportar aportara aportaron aporte aporten aporto aposentos
        apostados apostamos apostar apostemos aposto apostoles apostolica apostolico apoya apoyaban apoyada apoyado
        apoyados apoyamos apoyan apoyando apoyandola apoyandonos apoyandose apoyar apoyara apoyaran apoyaremos
        apoyaria apoyarian apoyarlo apoyaron apoyasen apoye apoyen apoyo apoyos appel apple apra aprecia apreciacion
        apreciada apreciado apreciar apreciarlo apreciaron apreciarse aprecio aprehendido aprehension aprehensiones
        aprehensores aprenda aprendan aprende aprenden aprender aprendera aprenderlo aprendices aprendido aprendiendo
        aprendieron aprendio aprendiste aprendizaje aprestos apresura apresuradamente apresurado apresuramiento
        apresurando apresurar apresuro apretado apretamos apretar apretarlo apretaron apreto apreton aprieta apriete
        aprieten aprietos apro aprobacion aprobada aprobadas aprobado aprobados aprobar aprobara aprobaran aprobaron
        aprobarse aprobatorio aprobo apropiada apropiadamente apropiadas apropiado apropiados apropian aprovecha
        aprovechado aprovechamiento aprovechan aprovechando aprovechar aprovecharan aprovecharla aprovecharlas
        aprovecharon aprovecharse aproveche aprovecho aproximaba aproximacion aproximada aproximadamente aproximado
        aproximados aproximan aprueba aprueban apruebe aprueben aptas aptitud aptitudes aptos apuesta apuestas apuesto
        apuestos apunta apuntalado apuntalar apuntan apuntar apuntaron apuntes apunto aquel aquelarre aquelarres
        aquella aquellas aquello aquellos aqui aquiles aquino arabe arabes arabiga arado aragon aragua araiza arana
        aranas arancel arancelarias aranceles aranda arango aranjuez aras arau araujo arbitraje arbitral arbitraria
        arbitrarias arbitrariedades arbitrario arbitrio arbitro arbitros arbol arboles arbusto arcadio arcangeles
        archaelogy archiconservadores archiduque archipielago archivada archivo archundia arcilla arcillistas arco
        arcoiris arcusa ardia ardiente ardientes arduo area areas arellanes arena arenal areoportuarias aretes arevalo
        argentina argentinabrasil argentino argentinos argoytia argudin arguelles argumenta argumentando argumentar
        argumentaran argumentaron argumento argumentos arias ariel ariete arista aristocratas aristoteles aritmetica
        aritmetico arizmendi arizona arkansas arlette arma armada armadas armadillo armado armadoras armados armagedon
        armamento armamentos armando armani armar armas armella armendariz armenio armillita armisticio armo armonia
        armonica armonico armoniosa armonizacion armonizar armonizarse armstrong army arnaldo arnoldo arnulfo aromas
        aromatizantes aromatizar aros arq arqueologa arqueologia arqueologica arqueologicas arqueologico arqueologicos
        arqueologos arquero arquidiocesis arquitecto arquitectonicamente arquitectonicas arquitectonico arquitectos
        arquitectura arquitecturas arracadas arrachera arraigada arraigado arraigo arrambide arranca arrancados
        arrancando arrancar arrancara arrancaran arrancaremos arrancaron arrancarselo arranco arranque arrasaron
        arrastrada arrastrados arrastrando arrastre arrastro arreaga arrear arrebatada arrebatar arrebatara arrebato
        arredondo arredra arregla arreglada arreglan arreglar arreglaran arreglarse arreglas arreglo arreglos
        arremango arremetio arrendaba arrendador arrendadora arrendadoras arrendamiento arrendamientos arrendatario
        arreola arrepentido arrepentimiento arrepiente arrestado arrestados arrested arresto arrestos arriaga arriba
        arribo arriesga arriesgada arriesgado arriesgamos arriesgando arriesgar arriesgarian arriesgarlo arriesgarse
        arrimo arrivederci arrobamiento arrodillar arrogante arroja arrojaban arrojada arrojado arrojados arrojan
        arrojando arrojar arrojarlos arrojaron arrojen arrojo arrolladas arrollado arrollo arropados arropese arroyo
        arroyos arroz arrugas arruinado arruinan arruinarse arrutinamos arsenio art arte arteaga artefacto artemio
        arteria arterias arterioesclerosis arteroesclerosis artes artesanal artesanales artesanas artesanias
        artesianos arthur articulacion articulado articulo articulos artifice artificial artificiales artificialmente
        artificio artilleria artilleros artista artistas artistica artisticas artistico artisticos arturo arvernse
        aryca arzobispal arzobispo as asa asada asadas asaltaba asaltada asaltado asaltados asaltan asaltante
        asaltantes asaltar asaltaron asalto asaltos asamblea asambleas asambleisas ascencio ascendencia ascendente
        ascendera ascenderian ascendido ascendiendo ascendieron ascendio ascenso ascensos asciende ascienden aseados
        asegura aseguraba asegurada aseguradas asegurado aseguradora asegurados aseguramiento aseguran asegurar
        aseguraremos asegurarle aseguraron aseguren asegurese aseguro asemeja asemejaba asemex asencion asentadas
        asentado asentamiento asentamientos asentandose asento asertivo ases asesinada asesinado asesinar asesinaron
        asesinato asesinatos asesino asesinos asesor asesora asesoraban asesorado asesoramiento asesorar asesorarlo
        asesores asesoria asestadas asesto asevera aseverando aseveraron asevero asfalto asfixia ashida asi asia
        asiatico asic asiduo asienta asiento asientos asigna asignacion asignadas asignado asignados asignan asignando
        asignar asignaron asignen asimetrica asimilacion asimilar asimilemos asimismo asista asistan asiste asisten
        asistencia asistenciales asistencias asistentes asistian asistiendo asistiendose asistiera asistieron asistio
        asistir asistira asistiran asitex asocia asociacion asociaciones asociada asociado asociados asocian asociar
        asociaron asociarse asombra asombradas asombrese asombro asombrosa asombrosamente asomese asomo asotiation
        aspavientos aspe aspecto aspectos asperamente aspero aspersion aspes aspetia aspira aspiraciones aspiran
        aspirante aspirantes aspirar aspirara assessment associates association astado asteroide asteroides astro
        astroditomas astrologia astrologico astronautas astronomicos astros asuma asuman asume asumen asumido
        asumiendo asumiera asumieron asumimos asumio asumir asumira asuntito asunto asuntos asustada asustado asustar
        asuste asusten at ataca atacada atacado atacados atacan atacando atacandolo atacante atacantes atacar atacara
        atacaran atacarlos atacaron atacas ataco atadas atados atanasio atane ataque ataques atardecer atarlos ataron
        atascadas atascon atasta ataviado ataviados atavicos atemorizante atencion atenciones atendamos atender
        atendera atenderan atenderian atenderlos atendia atendida atendidas atendido atendidos atendieran atendieron
        atendio atenemos atenta atentado atentados atentamente atentar atenten atento atentos aterra aterrados
        aterrizaje aterrorizada ates athlone atiborran atienda atiende atienden atinada atinadamente atinados atipico
        atlanta atlante atlantic atlantico atlantis atlantista atlantistas atlas atleta atletas atletico atletismo
        atmosfera atmosferica atmosferico atolladero atolondradas atomica atomicas atomizador atonitos atopica
        atosigaba atp atracados atraccion atraco atractiva atractivas atractivo atractivos atrae atraen atraer
        atraidos atrajo atrapadas atrapado atrapados atrapan atrapelo atras atrasaditos atrasado atrasados atrasarnos
        atrasen atraso atravesado atravesaron atraviesa atraviesan atreveria atrevida atrevido atrevo atribuciones
        atribuible atribuibles atribuido atribuirse atribulado atribulados atributos atribuye atribuyo atrofia
        atropella atropellado atropellar atropello atte atuendos atzcapotzalco auburn audacia audaz audelo audicion
        audicionar audiencia audifonos audio audiovisuales auditiva auditivo auditores auditoria auditorias auditorio
        auditorium auge augura augurio augurios auguro august augusto augustus aula aulas aumenta aumentaba aumentado
        aumentar aumentara aumentaran aumentaron aumente aumenten aumento aumentos aun aunado aunque aurelio aureola
        auriazul aurio aurora aurrera aurreras ausencia ausentarse ausente ausentes ausentismo auspicia auspiciadoras
        auspiciara auspicio auspicios austeras austeridad austero austeros austin australia australian australianos
        austriacos autarticos autenticamente autentico autenticos auto autoanalisis autobalance autobiografia autobus
        autobuses autocalifica autocalificacion autocalificada autocalificar autocontrol autocritica autodromo
        autoestima autoevaluacion autofinanciamiento autofinanciamientos autogol autografos automatica automaticamente
        automaticas automatico automatizacion automatizado automatizados automotor automotores automotrices automotriz
        automovil automoviles automovilista automovilistas automovilistica automovilistico automovilisticos autonoma
        autonomia autonomo autonomos autopartes autopista autopistas autopsia autor autora autoregulacion autores
        autorice autoridad autoridades autoritaria autoritario autoritarismo autoritarismos autoriza autorizacion
        autorizaciones autorizada autorizadas autorizado autorizados autorizan autorizando autorizar autorizaran
        autorizarse autorizo autos autoservicio autoservicios autosuficiencia autosuficientes autotanques
        autotransporte autotransportistas autrey auxilia auxiliado auxiliados auxiliando auxiliar auxiliares
        auxiliarla auxiliaron auxilio auxilios av aval avala avalaban avaladas avalan avalanchas avalando avalar
        avalaremos avalaron avale avaluo avaluos avance avances avanza avanzaba avanzada avanzadas avanzado avanzados
        avanzan avanzando avanzar avanzaran avanzaron avanzo avaro ave avecina avecinado avelar avelina avenida
        avenidas aventaba aventaja avento aventura aventuradas aventurado aventuras avergonzado averguencen
        averiguacion averiguaciones averiguando averiguar averio averoes aves avestruz aviacion aviacsa aviadurismo
        avida avidez avido avientan avila avilan aviles avio avion aviones avisamos avisara avisarles avisaron aviso
        avisora avocara awards axilar ay ayacucho ayala ayarzagoitia ayense ayer ayuda ayudaba ayudada ayudado
        ayudados ayudamos ayudan ayudando ayudandole ayudandose ayudante ayudantes ayudar ayudara ayudaran ayudaria
        ayudarle ayudarlo ayudarlos ayudaron ayude ayuden ayudo ayuntamiento ayuntamientos azaleas azalia azar
        azcarraga azcua azhamar azido azorrillan azotaba azotado azotando azteca aztecas aztlan azucar azucares
        azucena azufre azul azules azulgrana azulosos azuma azumah b bab babalucas babilonia baby baccantes bacco
        bacheando bachilleres bacteria badmington bae baez bafsa bagaje bagdad bahamas bahia baila bailable bailando
        bailar bailarines bailarlos baile bailes bailleres baja bajacaliforniano bajadas bajado bajan bajando bajar
        bajara bajarle bajaron bajarse bajas baje bajio bajista bajo bajonazo bajos bala balaceados balacearlo balaceo
        balacera balaceras baladas balance balanceadas balanceado balancear balanza balas balazo balazos balbina
        balcanes balcon balcones balderas baldio baldomero baleada balistica ball ballard ballen ballena ballet
        balompie balon balones balsa baltazar baltimore baluarte bamba bambalinas bana banada banamex banan bananero
        banar banarse banca bancaria bancarias bancario bancarios bancas banco bancomer bancomext bancos bancrecer
        band banda bandas bandazos bandeja bandera banderas banderazo banderillas banderillero banderin banderita
        bandidos bando bandos bank bankers banking bankshares bano banoro banos banpais banquero banqueros banqueta
        banquetas banquillo banrural banxico bar barahona barajas baranda barandal barandilla barata baratas barato
        barba barbacoa barbados barbara barbarabbe barbaridades barbarie barberena barbosa barcelona barceloneses
        barco barcos barda bardas bares barinas barocio baron barra barragan barranca barranco barras barre barreira
        barrenechea barrera barreras barrerse barres barreto barrett barria barrial barriendose barrientos barrileras
        barriles barrio barrios barro barroca barroco barros barrote barry bart bartlett bartletts bartolo basa basaba
        basada basadas basado basados basamos basandose basanez basar basara basaran basarse basave basay basch
        bascula basculas base basen bases basica basicamente basicas basico basicos basile basilica basilio baso
        basquetbol basset basta bastado bastan bastante bastantes bastaria baste basto basualdo basura basuras
        basurero basureros bat bata batalla batallan batallar batallaron batallas batallen batallo batallon batas bate
        bateador bateadores bateo bateria baterias baterista batieron batik batir batis batistuta batiz batocletti
        battaglia baudelaire bautista bautizado bautizaria bautizo bautizos bayerische baz bazaine bazaldua bazan
        bazar bazdresch bc bch beach beamish beatriz beauvais beauvaisis beaver bebe bebedero beber bebeto bebidas
        bebio bebita bebop beca becado becario becarios becas becerra becerril becker becthel bedoya beethoven
        beginning begiristain begona begonia beige beirut beisbol beisbolero beisbolistas beisbolisticos beisborama
        bejarano belair belaunde belden belen belga belgas belgica belica belice beliceno belicosos bella bellamente
        bellas beller belleza bello bellone belmont ben benavente benavides benchmark benchmarking benchmarks bend
        bendesky bendicion bendiciones bendijo bendita bendito beneficencia beneficia beneficiada beneficiado
        beneficiados benefician beneficiando beneficiar beneficiara beneficiaran beneficiaria beneficien beneficio
        beneficios beneficiosas beneficioso beneplacito benevolencia bengoa benigno benitez benito benjamin bennis
        benotto benz benzeno berchelmann beregovoy berenice beresford bergamo bergerac berges beria berlanga berlin
        berlinguer berman bermudas bermudez bernabe bernabeu bernal bernanos bernard bernardino bernardo bernuncio
        berrinche berrinchito berrueto berta berumen besando besar besara besarla besarle bese beso best bestia
        bestias betancourt betania bi bianchezi bianchini biberon bibi biblia biblias biblica biblico bibliografia
        bibliograficas bibliografico biblioteca bibliotecas bicampeon bicentenario biceps bichos bicicleta bicicletas
        bien bienal bienales bienes bienestar bienio bienvenida bienvenidas bienvenido bienvenidos bierhaus big
        bigfoot bigleaguers bigote bigotes bike bilardo bilateral bilaterales bilateralmente bilbao bilimek bill
        billar billete billetes billon billones bills billy bin binacional bing biodegradable biodegradables biologia
        biologica biologico biologo biondi biotecnologia biotecnologica bioticos bipolar bird birks birlos bis
        bisabuela biscaine bismarck bissonnette biznietos bjoern black blackhawks bladimir blaise blanca blancas
        blanco blancos blancq blandir blando blanquiazul blanquiazules blanquita blas blasa blasco blasio blason
        blatidos block blocker bloque bloquea bloqueadas bloqueado bloqueadoras bloqueados bloquean bloqueando
        bloquear bloquearon bloqueo bloqueos bloques bloxcom blue blues bm bmw bob bobby bobina boca bocanadas
        bocanegra bocas bochini bocho bochornos bochos bocina bocinas boda bodas bodega bodegas bofeton boga bogota
        bogue bohemio boicot boicotearlas boinas bola bolanos bolas boleados boleando boleo boleta boletas boletin
        boletines boleto boletos bolillo bolillos bolitas bolivar bolivia bolona bolsa bolsas bolsillo bolsillos bolso
        bomba bombardeado bombardeos bombas bombear bombeo bomberos bondades bondadosas bondadoso bone bonifacio
        bonilla bonita bonitas bonito bonitos bonn bonos boom boomers borax bordadores bordados borde bordo bordos
        borge boricua boris borja borla bormann borrables borrachin borrachito borracho borrador borraja borrando
        borrar borrego borregos borreguitos borrero borroso borsalino borssum bosch boscosos bosnia bosnio bosque
        bosquejarse bosques bossier boston bostoniano bota botana botanero botaneros botas bote botella botellas
        botello botes botin botines boton botones bougthon boulevard bourbon bours boutique boutiques boutros bovary
        bovino bowman bowthorpe box boxeador boxeadores boxeo boxistica boy boyas boyle bracamontes braceaba bracho
        bracket bradenton brambila branco brando brandt brasero brasil brasileira brasilena brasileno brasilenos
        brasilia brass brasso braun bravo bravos bravura brazo brazos brazzaville breaky brecha brechas bremer bremond
        brener bretana breton breve brevedad brevemente breves brevisima brian bridan brigada brigadas brillaban
        brillante brillantes brillantez brillo brinca brincar brincarse brinckerhoff brinco brinda brindado brindar
        brindara brindaria brindarle brindarles brindarme brindaron brinde brinden brindo bringas briones briosos
        brisas britania britanica britanico britanicos british brito brizio broad brocha broche brock brocker broma
        bromas bromeaban bromeando bromista bromosas brompton bronca broncas bronce bronco broncon broncos bronquitis
        brooks bros brotan brotaron brothers brown brownsville bruce bruces brugera bruja brunas brunch bruno brusca
        bruscas bruselas brusquedad brutal brutales brutalmente bruto brutos bubka bucareli buckingham bucolia bud
        buda buddleia buen buena buenas buenaventura buendia bueno buenos bueron buey bueyes bufalo bufferin bugno
        buho buick buitres bulbos bulgaria bulgaro bunbun bunker buque buques burel burelo burger burgos burgueno
        burla burlaba burlan burlando burlar burlarte burlas burlo burocracia burocrata burocratas burocraticas
        burocraticos burocratismos burro burros bursatil bursatiles bursatilidad bursatilizacion burzatilizacion busca
        buscaba buscaban buscado buscador buscadores buscados buscamos buscan buscando buscar buscara buscaran
        buscaras buscaremos buscaria buscarla buscarle buscarlo buscaron buscarse busco bush business busque busqueda
        busquedas busquele busquen bustamante bustillos bustinzer busto butacas butano butcher butler by bytes c caad
        cab cabada cabal cabales caballada caballero caballeros caballo caballos cabalmente cabana cabanas cabanillas
        cabaret cabe cabecillas cabelleras cabello cabellos cabestany cabeza cabida cabiedes cabildo cabildos cabina
        cable cableado cables cablevision cabo cabos cabras cabrera cabrito cacallacas cacao cacareaban caceria
        cacerias cacerio cacerios cacerolas cachetearon cachetes caciques caciquiles cada cadapa cadaver cadaveres
        cadena cadenas cadencia cadereyta cadete cadetes cadis cadiz cadmio caducidad cae caemos caen caer caerle cafe
        cafecito cafes cafetal cafeteria cafeteros cafu caia caida caidas caido caifanes caigan caintra cairo caja
        cajal cajas cajon cajuela cala calabaza calamidades calcamonia calcamonias calcetines calcinado calcomania
        calcula calculadas calculado calculadora calculadoras calculando calcular calcularon calcule calculele calculo
        calculos caldeado caldeen caldera calderon calderoni caldillo calefaccion calendario calendarios calentamiento
        calentando calentar calentura calgene calibracion calibradas calibrar calibre calida calidad calidades calido
        calientan caliente calientes califica calificacion calificaciones calificada calificadas calificado
        calificadora calificados calificamos califican calificar calificara calificaria calificaron calificativo
        calificativos califico califique california californiano californias caligula calla callada calladito callado
        callar callarlo calle callejera callejeros callejoneadas calles calloway calma calmar calmarla calmecac calo
        caloca calor calpan calpixques calpullis calumnia calumnias caluroso calvillo calzada calzado calzoncillo cama
        camacho camaleonica camaleonico camara camaraderia camaras camarero camareros camargo camarlengo camaron
        camarote camas cambia cambiado cambiamos cambian cambiando cambiante cambiantes cambiar cambiara cambiaria
        cambiarian cambiarias cambiario cambiarle cambiarlos cambiaron cambie cambio cambios cambridge camdomble
        camelia camellon camellones camelo camerino camet camexa caminaba caminaban caminan caminando caminar
        caminaron caminata camine camino caminos camion camioneras camioneros camiones camioneta camionetas camisa
        camiseta camisetas camisitas camison camisones camorristas camotlan camp campal campamento campamentos campana
        campanas campechanos campeche campeon campeona campeonato campeonatos campeones campesina campesinos campestre
        campo campos camposeco campus campuzano camuflajes canacintra canaco canada canadian canadiense canadienses
        canal canalera canalero canales canalicen canalizacion canalizado canalizados canalizando canalizara canamar
        canapes canasta canasto cancela cancelaba cancelacion cancelada cancelados cancelando cancelar cancelaran
        cancelo cancer cancha canchas canciller cancilleres cancilleria cancion cancioncita canciones cancun
        candelaria candelero candentes candida candidata candidato candidatos candidatura candidaturas candidiasis
        candil candor candy canedo canela canels canete canibales caniggia canijo canion canje cano canoga canolas
        canonazos canones cansada cansadas cansado cansados cansancio canseco canta cantaba cantaban cantan cantando
        cantante cantantes cantar cantaron cantera canteria cantidad cantidades cantina cantinas cantinflas canto
        cantos cantu caoba caon caona caos caotica capa capaces capacidad capacidades capacita capacitacion capacitada
        capacitado capacitamos capacitan capacitando capacitar capacitarse capas capatacio capaz caperucita capetillo
        capfce capilla capital capitales capitalina capitalino capitalinos capitalista capitalistas capitalizacion
        capitalizador capitalizar capitalizaron capitan capitanes capitolio capitonada capitonadas capitonados
        capitulacion capitulo capitulos capo caporal capos capote cappel capricho caprichos caprichosas caprichosos
        captacion captado captamos captar captara captaron capten captivos capto captura capturados capturo capucha
        car cara caracas caracol caracter caracteres caracteristica caracteristicas caracteristicos caracteriza
        caracterizadas caracterizado caracterizan caracterizar caracterizaron caracterizo carajo caramona caraquena
        caras caratula caravana caravanas caravia caray carbajal carballido carballo carbon carbonaceo carbonel
        carbono carburador carcajada carcajadas carcano carcel carceles carcomido carcova card cardan cardenal
        cardenales cardenas cardenismo cardenista cardenistas cardeno cardiaca cardiaco cardiacos cardiologia
        cardiologo cardiopulmonar cardona careca carece carecen carecer carecia carecian carecio carencia carencias
        carente carentes careo carga cargada cargadas cargado cargados cargamento cargamentos cargando cargar cargaran
        cargarle cargaron cargas cargo cargos cargueros carha caribe caribena caribeno caribenos caricatura
        caricaturas caricias caricom caridad carina carino carinosidad carinoso carioca cariotipos carisma carismatico
        caritas caritativas carl carla carlitos carlos carlota carman carmen carmona carnaval carnavaleros carnavales
        carnavalescas carnavalito carne carneros carnes carnestolendas carnet carniceria carnicero carnicos caro
        carolina caronte caros carpa carpera carpeta carpinteria carpizo carr carrancismo carrancistas carranza
        carrasquel carreno carreon carrera carreras carrero carreta carretera carreteras carretero carreteros carreton
        carrier carriles carrillo carrington carrion carrito carrizalejo carrizales carro carroceria carrocerias
        carros carroza carrozas carruaje carruajes carrujo carrujos carso carta cartagena cartas cartay cartel
        cartelera carteles cartelones carter cartera carteras cartilla carton cartucho carvajal casa casaca casada
        casadas casado casados casamentero casando casarme casaron casarse casas casashabitacion casavan cascabel
        cascabeles cascada cascara cascos caseras casero caseros caseta casetas cash casi casilla casillas casillero
        casimir casino casio casita caso casos casquillo casquillos cassete cassette cassettes casta castanas
        castaneda castano castanon castanos castellano castellanos castidad castiga castigadas castigados castigar
        castigara castigo castigue castilla castilleja castillejos castillo castor castores castrejon castro castruita
        castulo casual casuales casualidad casuistica cat catalan catalanes catalina catalitico cataliticos
        catalizador catalogan catalogo catamo catano catarata cataratas catarina catarro catarros catarsis catastral
        catastrales catastro catastrofe catastrofica catchers cateadas catedra catedral catedratica catedratico
        catedraticos categoria categorias cateos catequesis catolica catolicismo catolico catolicos caton catorce
        catrerina catsup cauce cauces caucional caudalosos caudillo causa causada causadas causado causados
        causaefecto causales causan causando causante causantes causar causara causaron causas cause causo cautela
        cautelosa cautivarlos cautivas cautivos cavazos cavernaria cavidad cayeran cayeron cayetano cayman cayo caza
        cazador cazadoras cazadores cazar cazares cazaux cazuela cbinbur cbs cbtis ccd cce ccinlac ccolonia ccp cd ce
        cear cebada cebatis cebolla cebollas cebrian cecilia ceda cedart cede cedeco cedeno ceder cederan cederia
        cedido cedieron cedio cedral cedula cedulas cee cegarse ceja celadora celadores celaya celda celeberrima
        celebra celebraba celebracion celebraciones celebrada celebradas celebrado celebrados celebran celebrar
        celebrara celebrarlo celebraron celebrarse celebre celebrelas celebres celebridad celebridades celebro
        celeridad celestes celestial celia celiberia celio celo celos celso celta celula celular celulares celulas
        cemcaspe cement cementeras cementero cemento cementos cemex cen cena cenamos cenar cenas cenefa cenefas cenido
        ceniza cenizas cenlac ceno censo censura censurable censurada censuradas censurado censurar censuro centavo
        centavos centenar centenares centenario centeno center centesimas centigrados centimetros centradas central
        centrales centramos centrandose centrara centrarse centre centricas centrico centricos centro centroamerica
        centroamericana centroamericano centroamericanos centroderechista centros century cepa cepal cepeda cepillan
        cepillo ceramica cerca cercados cercana cercanas cercando cercania cercano cercanos cercar cerciorarse cerda
        cerdas cerdo cerdos cereales cerebral cerebrales cerebro cerebros ceremonia ceremonias ceremoniosamente cereso
        cereza cero cerraba cerraban cerrada cerradas cerrado cerrados cerradura cerraduras cerralvo cerramos cerrando
        cerrar cerrara cerraran cerrarlos cerraron cerrazon cerrito cerro cerrojo cerros certamen certera certero
        certeros certeza certidumbre certificado certificados certucha cerval cervantes cervantino cerveceras
        cerveceria cervera cerveza cervezas cesa cesados cesan cesar cesara cesareo cesaria cese cesion ceso cesto
        cetemista cetemistas cetes cetro cetros ceu cevallos cezanne cfe ch chagoyos chagui chains chal chaleco
        chalina chalmer chamaca chamarra chamarras chamba chambelanes chamois chamorro champues chamula chamuscado
        chan chance chanel chango chantilly chanza chapa chapala chapo chapoteaderos chapultepec chapuzas chaqueta
        chara character charchina charchino charco charla charlaron charlas charles charlie charlo charly charnela
        charnell charreada charreamos charreando charro charros chase chasis chatarra chatarrero chato chaumu chauvet
        chavarria chavas chavero chavez chavitas chavo chavos che checa checar checo checoslovaquia chedraoui chefs
        cheliabinsk chelo chemical chemicalweek chemise chepo cheque chequeo cheques cheraw chesca chester chetumal
        chetumalenos chevrolet cheyene cheyenne chi chia chiapaneca chiapas chiba chic chica chicago chicana chicano
        chicas chicharrones chichen chichimecas chicles chico chicos chicotear chicuelinas chido chifon chiguagua
        chihuahua chihuahuense chiitas chila chilac chilacayota chilangolandia chilaquiles chile chileno chilenos
        chiles chili chilpancingo chima chin china chinche chinches chino chinos chip chipinque chips chiquita chirac
        chirinos chisec chismosa chispa chispas chispazo chispeando chistes chiva chivas chivo chocado chocan chocar
        chocaran chocaron choco chocolate chocolates chofer choferes chontalpa chopin choque choques chorizo
        chorreando chorro chraysler chris christi christian christie christoph christopher chrysler chucho chuck
        chuleton chung chupa chupaban chupaletada chupando chupandose chuparse chupon churubusco churumbela chusca
        chyba cia ciangherotti cibaenas cibao cicatrizacion ciclicamente ciclico ciclismo ciclista ciclistas
        ciclistico ciclisticos ciclo ciclonica ciclos ciclosporina cide cielo cien ciencia ciencias cienega cientifica
        cientificas cientifico cientificos ciento cientos ciernes cierra cierran cierre cierres cierta ciertamente
        ciertas cierto ciertos cifra cifrarse cifras cigarrera cigarrero cigarrillos cigarros cihuatepixque cilindros
        cima cimarrones cimbraria cimiento cimientos cin cincelado cinco cincuenta cine cineasta cinemascope
        cinematografia cinematografica cinematograficas cinematografico cines cineterraza cinetica cinismo cinta
        cintas cintermex cinto cintos cintura cinturon cinturones cio cipriano circo circos circuito circuitos circula
        circulaba circulaban circulacion circulan circulando circular circulara circularan circularia circularon
        circulatoria circulatorios circulo circulos circunscribe circunscrito circunstancia circunstancias
        circunvalacion circurret cirios cirugia cirujanos cirules cisneros cita citada citadas citado citados citamos
        citan citar citara citas citation citatorios cite citen cito citricos city ciudad ciudadana ciudadanas
        ciudadania ciudadaniapanprd ciudadanias ciudadano ciudadanos ciudades civic civica civicas civico civicos
        civil civiles civilizacion civilizaciones civilizada civilizador civilizadora civilizar civismo clair clamor
        clan clandestinos clanes clapton clara claramente claras claridad clarifiquen clariond clarisima clarividencia
        clarke claro claros claroscuros clase clases clasica clasicas clasico clasicos clasificacion clasificaciones
        clasificada clasificadas clasificado clasificados clasificando clasificar clasificatorias classic claude
        claudia claudicar claudico claudio claustro clausula clausulas clausura clausurar clausurara clavada clavar
        clavaremos clave claves clavo claxon cleary clemente cleotilde clerigo clero cliente clientela clientes clima
        climaticas climax clinica clinicas clinico clinicos clinton clone clones clos closet cloud clouthier clowes
        club clubes cma cmb cmos cms cna cnca cndh cnet cnn cnpa cnsf cnv co coach coaches coachman coadyuvar coah
        coahuila coahuilense coahuilenses coalicion coartados coatepec coatlicue coautor coban cobardia cobertura
        cobija cobijas cobol cobos cobra cobraba cobrado cobramos cobran cobrando cobrar cobrara cobraran cobrare
        cobrarles cobrarte cobras cobre cobren cobro cobros coca cocaina cocainomano coche cochero coches cochinilla
        cocina cocinar cocineta coco cocoa coconas cocoyoc coctel codeme codesal codicia codiciado codigo codigos codo
        coece coello coempresario coequipero coercitivas coexistan coexistir cofre coger coggi cogido cognitivo
        cohabita cohecho cohen coherencia coherente cohetes cohetitos coincide coinciden coincidencia coincidencias
        coincidentemente coincidentes coincidiera coincidieron coincidio coincidiran coinversion coinversiones
        coinvertir cojo col cola colabora colaboracion colaborado colaborador colaboradores colaboran colaborando
        colaborar colaborara colaboraran colaboraria colaboraron colabore colapsaron colas colcha colchon colchoneros
        colchones coldwell cole coleadero coleccion colecciones coleccionismo coleccionista coleccionistas colecta
        colectiva colectivamente colectividad colectivo colectivos colega colegas colegiado colegiatura colegio
        colegios colera colesterol colgaba colgaban colgada colgadas colgado colgados colgo colgon colima colin colina
        colinas coliseo collado colleen colleges collin collor colmada colmo coloca colocacion colocaciones colocadas
        colocado colocadores colocados colocan colocando colocandose colocar colocara colocaran colocarla colocarme
        colocarnos colocaron colocarse coloco colofon colombia colombiano colombianos colon colonia colonial
        coloniales colonias colonizadora colonizando coloque coloquialmente coloquio color colorado colorantes colores
        colorido coloridos coloristicos colosio coloso colosos coludidos columbia columna columnabreves
        columnaconsultorio columnaempresa columnafricase columnamirador columnas columneja columnista colunga com
        comadre comadrita comanda comandado comandados comandancia comandante comande comando comandos comas combate
        combaten combates combatido combatio combatir combatiran combatividad combativo combina combinacion
        combinaciones combinada combinadas combinado combinados combinan combinando combinar combinara combinarlo
        combinarlos combinen combis combustible combustibles combustion come comedia comediante comediografo comedor
        comedores comemos comensal comenta comentaba comentabamos comentaban comentabas comentada comentadas comentado
        comentan comentando comentar comentare comentario comentarios comentaristas comentarla comentarle comentaron
        comentarse comente comento comenzaba comenzaban comenzado comenzamos comenzar comenzara comenzaran comenzare
        comenzaremos comenzaron comenzo comer comera comerciaba comercial comerciales comercializa comercializacion
        comercializadora comercializadoras comercializan comercializar comercializaria comercializarlo comercialmente
        comerciante comerciantes comerciar comercio comercios comernos cometa cometan cometarios cometas comete
        cometemos cometen cometer cometeriamos cometerse cometia cometidas cometido cometidos cometiendo cometiera
        cometieron cometio comezon comia comica comicas comicios comico comicos comida comidas comience comiencen
        comienza comienzan comienzo comienzos comillas cominfinanciero comino comio comisaria comision comisionado
        comisionados comisiones comisiono comite comites comitiva comitivas commerce communications como comoda
        comodamente comodas comodato comodidad comodidades comodines comodisimos comodo comodones comodos compact
        compacto compactos compadrazgos companera companeras companerismo companero companeros compania companias
        company compaq compara comparable comparacion comparaciones comparado comparados comparan comparando
        comparandolas comparandose comparar compararse compararsele comparativamente comparecencia comparecer
        compareceran comparecia comparo comparsa comparsas comparte comparten compartido compartimentos compartimiento
        compartio compartir comparto compas compasion compasiva compatibilizar compatible compatibles compatriota
        compatriotas compelen compendio compensa compensacion compensaciones compensado compensar compensatorio
        compensatorios competa compete competencia competencial competencias competente competentes competidor
        competidoras competidores competir competiran competiremos competirle competitiva competitivas competitive
        competitividad competitivo competitivos compilador compilando compilar compite compiten compitiendo compito
        complacer complacido complacio complazca compleja complejas complejidad complejo complejos complementada
        complementan complementar complementaria complementarias complementarios complementarlo complemento completa
        completadas completamente completar completarian completaron completarse completas completo completos
        complexion complica complicacion complicaciones complicadas complicado complicados complican complicar
        complicarse complice complices complicidad complico compone componen componendas componente componentes
        componga componian comportamiento comportamientos comportan comportara composicion composiciones compositor
        compositores compra compraba compradas comprado comprador compradora compradores compramos compran comprando
        comprar comprara comprarlas comprarle comprarles comprarme compraron comprarse comprarselo compras compraventa
        compre comprenda comprendan comprendas comprende comprendemos comprenden comprender comprendera comprendia
        comprendiera comprendieron comprendo comprensible comprension comprensivo compresor comprimida compro
        comprobado comprobante comprobar comprobaron comprobarse comprobo comprometan compromete comprometen
        comprometernos comprometerse comprometia comprometian comprometido comprometidos comprometieran comprometieron
        comprometimos comprometio compromiso compromisos comprueba comprueban compuertas compuesta compuesto
        compulsiva compuso computacion computacional computacionales computadora computadoras computados computarizado
        computarizados computec computer computo comun comunales comunes comunica comunicacion comunicaciones
        comunicado comunicados comunican comunicandose comunicantes comunicar comunicara comunicarse comunicativa
        comunicativos comunico comunidad comunidades comunique comuniqueme comuniquen comuniquese comunista comunistas
        comunitarias comunitario comunitarios con conacyt conadeip conatos concacaf concamin concanaco concebian
        concebida concebido conceder concedera concedian concedida concedido concediendo concediera concedio concem
        concentra concentracion concentraciones concentrada concentradas concentrado concentrados concentran
        concentrara concentraran concentraremos concentrarse concentre concentro concepcion concepciones concepto
        conceptos conceptual concert concertacion concertaciones concertadamente concertado concertando concertar
        concesion concesionadas concesionado concesionarias concesionario concesionarios concesiones concha conchello
        conchita concibe concibio conciencia conciencias concientizar concierne concierto conciertos conciliacion
        conciliador conciliar concilio conciudadanos concluida concluido concluir concluira concluiran concluirla
        conclusion conclusiones concluya concluyamos concluyan concluye concluyen concluyeron concluyo concordar
        concordia concordo concrecion concreta concretado concretamente concretandolo concretar concretarse concretas
        concrete concretera concreteras concreto concretos concuerda concupiscente concurran concurrencia concurrio
        concursan concursante concursar concurso concursos condado condados condde conde condecoracion condecorado
        condena condenaban condenada condenadas condenado condenados condenamos condenan condenar condenaron condenas
        condene condeno condesa condicion condicionado condicional condicionamientos condicionan condicionar
        condiciones condiciono condominios condones conduccion conduce conducen conducentes conducia conducida
        conducido conducidos conduciendo conduciendonos conduciera conducimos conducir conducira conducta conductas
        conducto conductor conductores conductuales condujeron condujo conduzca conduzcan conecta conectaba conectado
        conectar conectara conectarse conecte conectividad conejos conexiones confeccion confeccionados confederacion
        conferencia conferenciantes conferencias conferencista conferencistas confesamos confesar confesaron confesion
        confeso confesores confeti confia confiaba confiabilidad confiable confiables confiado confiados confiamos
        confian confiana confiant confianza confiar confiara confiarnos confiarse confidencias confidente confien
        confiera confiesa confiesan configura configuracion configuraciones configurada configuradas configurado
        configurados configurar confinado confio confirma confirmacion confirmada confirmado confirman confirmar
        confirmaron confirmo conflicto conflictos confluyen conforma conformaban conformacion conformada conforman
        conformar conformara conformarse conforme conformen conformista conformo confort confrontacion confrontaciones
        confrontando confrontar confucio confunde confunden confundido confundidos confundimos confundir confundirse
        confusion congelacion congeladas congelados congelarse congeneres congenitos congestion congestionadas
        congestionado congestionamiento congestionamientos conglomerado conglomerados conglomerara congo congoja
        congregacion congregada congregados congregara congregaron congresista congresistas congreso congresos
        congruencia congruente congruentes conjuga conjugada conjugaron conjugarse conjuncion conjunta conjuntamente
        conjuntar conjuntaran conjuntarse conjuntas conjuntivitis conjunto conjuntos conjura conjurarse conlleva
        conllevan conmemorar conmemorativa conmemorativos conmigo conminado conmocion conmovedor conmovedora
        conmovieron connor connotacion connotados cono conoce conocedor conocedora conocedoras conocedores conocemos
        conocen conocer conocera conoceran conoceria conocerian conocerlo conocerse conoces conoci conocia conocian
        conocida conocidas conocido conocidos conociendo conociendose conocieron conocimiento conocimientos conocimos
        conocio conos conotados conozca conozcan conozco conquista conquistar conquistas consagrados consagraron
        consagro consciente conscientemente conscientes consecuencia consecuencias consecuente consecutiva
        consecutivas consecutivo consecutivos conseguia conseguida conseguido conseguir conseguirle conseguirlo
        conseguirlos consejero consejeros consejo consejos consenso consensual consentido consentidos consentimiento
        conserva conservaba conservaban conservacion conservacionistas conservado conservador conservadores
        conservados conservan conservando conservar conservarlo conservarse conserven conservo considera consideraba
        consideraban considerable considerablemente considerables consideracion consideraciones considerada
        consideradas considerado considerados consideramos consideran considerando considerar considerara consideraria
        considerarlas considerarlo consideraron considerarse considere consideren consideres considero consiga
        consigna consignacion consignado consignados consignara consigno consigo consigue consiguen consigues
        consiguiendo consiguiente consiguieron consiguio consiste consisten consistencia consistente consistieron
        consistira consistiria consolacion consolarla consolida consolidacion consolidad consolidadas consolidado
        consolidar consolidarlo consolidaron consolidarse consolido consorcio consorcios conspiracion consta constan
        constancia constancias constante constantemente constantes constantiniana constantino constara constata
        constatar conste consterna constitucion constitucional constitucionales constitucionalmente constituciones
        constituia constituida constituido constituidos constituir constituira constituiran constituiria constituirse
        constitutiva constitutivo constitutivos constituya constituye constituyen constituyente constituyentes
        constituyeron constituyo construccion construcciones constructivo constructor constructora constructoras
        constructores construida construidas construido construir construira construiran construirian construirlo
        construirse construya construyan construye construyen construyendo construyo consuelo consuetudinario consul
        consulado consulados consular consules consulta consultadas consultado consultados consultar consultaron
        consultas consulte consultivo consultor consultora consultoria consultorio consultoriobursatil consumados
        consumaran consumida consumido consumidor consumidores consumiendo consumio consumir consumiran consumismo
        consumista consumo contaba contaban contabilidad contabilizada contabilizan contabilizaron contable contactado
        contactar contactarse contacto contactos contadas contado contador contadores contaduria contagia contagio
        contagios contagiosas contamina contaminacion contaminador contaminadores contaminan contaminante
        contaminantes contaminar contamine contaminen contamos contando contar contara contaran contare contempla
        contemplaba contemplacion contemplada contempladas contemplado contemplados contemplan contemplando contemplar
        contemplaron contemplarse contemple contemporanea contemporaneas contemporaneo contemporaneos contencion
        contencioso contender contenderan contendientes contener contenga contengan contenia contenian contenidas
        contenido contenidos contenta contentamos contentas contento contentos conteo contesta contestaban contestan
        contestar contestara contestarle contestarles contestatario conteste contesto contexto conti contienda
        contiene contienen contigo contiguo continental continente continentes contingencia contingencias contingente
        contingentes continua continuaba continuaban continuacion continuada continuado continuamente continuan
        continuar continuara continuaran continuaron continuas continue continuen continuidad continuo continuos conto
        contorsionarse contra contraataque contraataques contrabandistas contrabando contraccion contractual
        contractura contradecir contradecirle contrademanda contradiccion contradicciones contradice contradicen
        contradictorias contradigan contraer contragolpear contraidos contrajo contralor contraloria contralorias
        contrantes contraparte contraposiciones contraproducente contraproducentes contrapuesta contraria contrarias
        contrario contrarios contrarresta contrarrestar contrasta contrastan contraste contrastes contrataban
        contratacion contrataciones contratadas contratado contratados contratan contratantes contratar contratarle
        contratarlo contrataron contraten contratiempo contratiempos contratista contratistas contrato contratos
        contrayente contreras contribucion contribuciones contribuido contribuir contribuira contribuiria
        contribuyendo contribuyente contribuyentes contribuyeron contribuyo contrincante contrincantes contritos
        control controla controlables controlada controlado controladora controlando controlar controlarlo controlaron
        controlarse controle controles controversia controversias controvertida controvertido contry contubernio
        contundencia contundente contundentemente contundentes conturbado conurbada conurbadas convalecencia
        convaleciente convence convencer convencerle convencerse convencida convencidas convencido convencidos
        convencieron convencimiento convencimos convencio convencion convencional convencionales convenciones
        convenencieros convenga convenia convenidos conveniencia conveniente convenientes convenio convenios convento
        convenzo convergencia conversacion conversaciones conversaran conversaron conversion converso convertibles
        convertido convertidor convertidores convertir convertira convertiria convertirnos convertirse conviccion
        convicciones conviene convierta conviertan convierte convierten convincente convino convirtiendo
        convirtiendola convirtiendolas convirtiendose convirtiera convirtieron convirtio convivencia convivio convivir
        convocacion convocada convocadas convocado convocados convocan convocar convocara convocaron convocatoria
        convocatorias convoco convoque convoquen convoy convoyes convulsionados convulsivas cony conyugal conyugales
        cooper cooperacion cooperar cooperara cooperaron cooperativa cooperen cooppel cooptacion coordenadas coordina
        coordinacion coordinada coordinadas coordinador coordinadora coordinadores coordinados coordinan coordinando
        coordinar coordinaran coordinaron copa copan coparmex copas copia copiar copias copiemos copioso coppel copula
        coraje coran coraza corazon corazones corbala corbata corbatas cordelia corderos cordial cordillera cordoba
        cordobes cordon cordura corea coreados coreana coreografa coreografias coreografica corinter cornalina corneas
        cornejo cornoyer coro corona coronacion coronada coronado coronas coronelas corono coros corp corporacion
        corporaciones corporal corporation corporativa corporativas corporativo corporativos corporea corpus corra
        corral corrales corran corre correajes correcaminos correccion correcciones correcta correctamente correctas
        correcto corredor corredores correduria corregible corregido corregidora corregir corregirla corregirlo
        correligionario correligionarios correlon correlones corremos corren correo correr correra correran correrian
        correrlos corres correspondan corresponde corresponden correspondencia corresponder correspondia correspondido
        correspondiente correspondientes correspondieron correspondio corresponsal correveidile corri corria corrian
        corrida corridas corrido corridos corriendo corriente corrientes corrieron corrige corrigen corrijan corrillo
        corrio corripio corro corrobora corroboraban corroboraron corrompa corrompe corrosion corrupcion corruptela
        corrupto corruptos corta cortada cortadillo cortadillos cortado cortadores cortando cortantes cortar cortarle
        cortarlos cortarnos cortarselo cortas cortazar corte cortedad cortejada cortejar cortes cortesanas cortesia
        cortez corteza cortina cortinas cortines cortito corto cortoplazo cortos coruna corvette corvi cosa cosas
        cosaspeores cosecha cosechando cosechas coser cosmeticos cosmica cosmico cosmovision coso coss cossio costa
        costaba costado costados costal costales costandole costar costara costaran costarricense costas costeable
        costee costera costeras costero costilla costner costo costos costosas costoso costosos costumbre costumbres
        costura costuras costureras cota cotejo cotero cotidiana cotidianas cotidianeidad cotidiano cotidianos cotiza
        cotizacion cotizaciones cotizado cotizados cotizan cotizar cotorreo couches cougar country covarrubias cover
        covers covian cowboy cox coyolxauhqui coyotaje coyote coyotepec coyuca coyuntura cozumel cpp crack craneo
        crater crateres cravioto crawford crayones crea creacion creaciones creada creadas creado creador creadores
        creame creamos crean creando crear creara crearan crearia crearles crearon creativa creativas creatividad
        creativo creativos crece crecen crecer crecera creceran creceremos crecerian creces creci crecido creciendo
        creciente crecieron crecimiento crecimientos crecio credencial credenciales credencializacion credencializados
        credibilidad crediticia crediticias crediticio crediticios credito creditos cree creeme creemos creen creencia
        creencias creer creeran creeria creerme creia creiamos creible creibles creido creimos cremas cremi creo
        creole cretinismo creyendo creyo crezca criada criadas criadero criadita criadores criatura criaturas crimen
        crimenes criminal criminales criminalidad criminalista criocirugia criollos crisantemo crisantemos crisis
        cristal cristales cristalizacion cristalizado cristiana cristianismo cristiano cristianos cristina cristo
        cristobal criterio criterios critica criticaban criticado criticamente critican criticando criticar criticara
        criticarlos criticaron criticas critico criticos croacia croc cromadas cromadoras cromados cromera cronica
        cronicas cronista cronistas cronometraron cronometro cronometros croquetas croquis croquistas croux cruce
        crucero cruceros cruces crucial cruda crudo crue cruel cruenta cruise cruz cruza cruzada cruzadas cruzado
        cruzados cruzan cruzando cruzar cruzara cruzaron cruzas cruzo crysel cse csg ctm cu cuadra cuadrado cuadrados
        cuadrangular cuadras cuadrilatero cuadrilateros cuadrilla cuadro cuadros cuadruplica cuadruplico cuajar
        cuajarle cuajimalpa cual cuales cualesquier cualidad cualidades cualquier cualquiera cuando cuanta cuantas
        cuantifica cuantiosamente cuantiosos cuanto cuantos cuarenta cuarta cuartel cuarteles cuarteto cuartillas
        cuartitos cuarto cuartos cuarzo cuatacho cuate cuatro cuauhtemoc cuautitlan cuba cubana cubanas cubano cubanos
        cubas cubero cubicos cubiculos cubierta cubiertas cubierto cubiertos cubra cubran cubre cubren cubria cubrian
        cubriendo cubriendonos cubrimos cubrio cubrir cubrira cubriran cuca cuchara cucharaditas cucharas cuchillada
        cuchilleria cuchillo cuchillos cuco cuelgan cuelgue cuellar cuello cuenca cuenta cuentan cuentas cuente
        cuenten cuento cuentos cuerda cuerdas cuerdo cuernavaca cuerno cuernos cuero cuerpo cuerpos cuervo cuesta
        cuestan cuestas cuestion cuestiona cuestionada cuestionado cuestionados cuestionamiento cuestionamientos
        cuestionan cuestiones cuestiono cueva cuevas cuicalli cuicuilco cuida cuidaba cuidad cuidadas cuidado cuidador
        cuidados cuidadosa cuidadosamente cuidadoso cuidan cuidando cuidar cuidara cuidarlo cuide cuiden cuitlahuac
        culebra culiacan culinarias culminada culminado culminante culminara culminaran culmino culpa culpabilidad
        culpable culpables culpar culpo culposos culta cultiva cultivable cultivadas cultivadores cultivan cultivar
        cultivo cultivos culto cultos cultura cultural culturales culturas culturizacion cumana cumbre cumbres cumpla
        cumplan cumple cumpleanos cumplen cumpli cumplia cumplian cumplidas cumplido cumplidoras cumplidos cumpliendo
        cumplieramos cumplieron cumplimiento cumplimientos cumplimos cumplio cumplir cumplira cumplirles cumplirse
        cumplirsele cunada cunado cunados cunda cundio cuno cuota cuotas cupertino cupo cupon cupula cupulas cura
        curaban curandero curar cure curia curiosamente curiosas curiosidad curiosidades curioso curriculum curro
        cursada cursando cursaron curso cursos curva curvatura cuspinera custodia custodiado custodian custodiar
        customline cutaneas cutzamala cuya cuyas cuyo cuyos cydsa cyrus d da daba daban dacarett dad dada dadas dado
        dados dagoberto dahn daihim daily daimatsu daimler dalia dallas daltonismo dama damas dame damnificada
        damnificados damos dan dana danaban danada danadas danado danados danan danar danara danaran danarse dando
        dandole dandonos daniel daniela danino daninos danny dano danos dante danza danzar danzas dar dara daran daras
        darci dare daria darian dario darla darle darles darnos darse darselo darselos das dasa dasd data date dato
        datos datsun datum davalillo davalos dave david davila davis day days daza ddf de dean deba debajo deban
        debate debatido debatir debatiran debe debemos deben deber debera deberan deberas deberes deberia deberiamos
        deberian debes debi debia debiamos debian debidamente debido debiera debieran debieron debil debiles debilidad
        debilidades debilita debilitado debilitar debilitarnos debilite debio debito debo debut debutado debutante
        debutaran debuto decada decadas decadencia decadente decaer decaeria decaido decaiga decanini decano
        decapitada decapitados decapito decayo decenas decenso decente decepcion decepciona decepcionada decepcionadas
        decepcionado decia deciamos decian decida decidan decide deciden decidi decidida decididamente decidido
        decidieron decidimos decidio decidir decidira decidiran decidiria decidirse decido decima decimas decimo
        decimos decir decirle decirles decirlo decirme decirnos decirse decirselo decision decisiones decisioon
        decisiva decisivo decisivos declamaba declara declaraban declaracion declaraciones declarada declaradas
        declarado declarante declarar declararon declararse declaratoria declare declaren declaro declinacion declinar
        declino decomisadas decomisados decomisan decomisaron decomiso decoracion decorado decorados decorar
        decorativo decrecimiento decremento decrescenzo decretado decretan decretaron decretarse decreto decretos
        dedazo dedazos dedeo dedica dedicacion dedicada dedicadas dedicado dedicados dedicamos dedican dedicando
        dedicar dedicara dedicaran dedicare dedicarme dedicarnos dedicaron dedicarse dedicarte dedico dedillo dedique
        dedo dedos deducibles deduje deduzcale deduzco dee defecto defectos defender defendera defenderan defenderse
        defendia defendida defendido defendiendo defendio defenestradas defenos defensa defensas defensiva defensivas
        defensivo defensor defensora defensores defensorias deferencia deficiencia deficiencias deficiente deficientes
        deficit defienda defiende defienden defina define definen definia definicion definiciones definida definidas
        definido definidos definiendo definio definir definira definiran definiria definirse definitiva
        definitivamente definitivas definitivo definitivos deforma deformaciones defraudador defraudadores defraudados
        defraudando defraudar defraudare defraudarlos degollado degradacion degradado degradando deguello dehesa
        deidad deidades deificaron deis deja dejaba dejaban dejada dejadas dejado dejados dejame dejamos dejan dejando
        dejandolas dejar dejara dejaran dejaria dejarla dejarlo dejarlos dejarme dejaron dejarse deje dejeme dejemos
        dejen dejo del delano delante delantera delanteras delantero delanteros delatan delato delaware dele delega
        delegacion delegaciones delegada delegado delegados deleitan deleitar deleite delfines delgada delgado
        delgados delia deliberaciones deliberada deliberadamente deliberado delicada delicadas delicado delicias
        delictivos delimitada delimitar delimito delincuencia delincuente delincuentes delinea delinquen delinquir
        deliquio delirante delirio delito delitos deliverpool dell delon delors delsur delta demagogia demagogicamente
        demagogico demagogicos demanda demandaba demandado demandan demandando demandante demandantes demandar
        demandara demandaron demandas demande demando demarcacion demas demasia demasiada demasiadas demasiado
        demasiados deme demencia demencial deming democracia democracias democrata democratas democratica
        democraticamente democraticas democratico democraticos democratizacion democratizador democratizante
        democratizar democratizarla democristiano demografica demograficas demoniaca demonio demonios demora demorados
        demorar demostracion demostraciones demostrado demostrando demostrar demostrara demostrarle demostrarnos
        demostraron demostremos demostro demuestra demuestran demuestre demuestren den denny denomina denominada
        denominadas denominado denominados denostada denotan denotar denotaron denoto densa dense densidad densos
        dental dentales dentelladas dentista dentro denuncia denunciada denunciado denunciados denuncian denunciante
        denunciantes denunciar denunciara denunciaran denunciaron denuncias denuncie denuncielo denuncio denzel
        deparado deparara departamentales departamento departamentos departio depende dependen dependencia
        dependencias depender dependera dependes dependia dependiendo dependiente dependientes deplazamiento
        deportaciones deportado deporte deportes deportista deportistas deportiva deportivas deportivo deportivos
        deposita depositada depositado depositados depositan depositantes depositar depositario depositarse deposite
        depositele deposito depositos depredadora depredadores depresion depresiones deprimente deprimido deprimidos
        depuracion depuradisima depurado depurar der derecha derechas derechazo derechazos derecho derechohabientes
        derechos deregios derek deri deriva derivacion derivadas derivado derivados derivan derivar derivara derivaron
        derivo derma dermatitis dermatologia dermatologica derrama derramado derramamiento derraman derramar derrame
        derrames derrapante derrapar derrape derredor derretirse derriba derribado derribar derribo derrochando
        derroche derrota derrotado derrotados derrotando derrotar derrotarlo derrotaron derrotas derrotero derroto
        derrumban derrumbe derrumbes desaceleracion desaciertos desacredita desacreditados desactivar desactivaron
        desacuerdo desacuerdos desafiar desafie desafinada desafio desafios desaforados desafortunadamente
        desafortunado desafortunados desagradable desagradables desague desahogar desahogo desahogos desahucio
        desairado desaire desalentado desalentadores desalentaran desalento desaliento desalientos desalojados
        desalojar desalojara desalojaran desalojaron desalojo desalojos desamor desamparados desangraba desangrante
        desanima desanimada desanimo desaparecen desaparecer desaparecera desapareceran desaparecidas desaparecido
        desaparecidos desaparecieron desaparecio desaparezca desaparezcan desaparicion desapariciones desapercibida
        desaprobacion desaprovechando desaprovechar desaprovecho desaprueba desarme desarrolla desarrollada
        desarrolladas desarrollado desarrolladores desarrollados desarrollamos desarrollan desarrollando desarrollar
        desarrollara desarrollaria desarrollarnos desarrollaron desarrollarse desarrolle desarrollen desarrollo
        desastres desata desatado desatan desatar desatencion desatinos desato desayunar desayuno desayunos desazolvar
        desbalancean desbancarlo desbaratado desbordado desbordados desbordamiento desbordando desbordara desbordes
        desbordo desburocratizar descabellada descabelladas descabello descalabro descalificada descalificado
        descalzos descansaban descansan descansando descansar descansaran descanso descansos descapitaliza descarga
        descargan descargar descargas descargo descargue descarnado descarrilamiento descarrilo descarta descartaba
        descartado descartan descartando descartaron descarto descastados descendencia descender descendera
        descendientes descendio descenso descensos descentralizacion descentralizarse desciende descienden descomponia
        descomposicion descomposturas descompuesto descomunal desconcertado desconcertados desconcertante desconcierta
        desconcierto desconfianza desconfiara descongelacion descongelar descongestionar desconoce desconocen
        desconocer desconocerlos desconocia desconocida desconocidas desconocido desconocidos desconocieron
        desconocimiento desconocio desconozco descontando descontar descontentas descontento descontentos descontrol
        descredito descreido describe describen describio describir descripcion descriptores descrita descrito
        descritos descubierta descubiertas descubierto descubiertos descubran descubre descubridor descubriendo
        descubrieron descubrimiento descubrimientos descubrio descubrir descuento descuentos descuidado descuidan
        descuide descuido descuidos desde desdecir desdenar desdeno desdice desdichada desdichado dese desea deseaban
        deseable deseada deseamos desean deseando deseandolo desearle desearon deseas desecha desechaban desechar
        desecharon desecho desechos desee deseen desembarcar desembarque desembocar desempana desempate desempena
        desempenado desempenan desempenando desempenar desempenarse desempeno desempleado desempleados desempleo
        desencajado desencantados desencanto desenfreno desengana desenmascaran desentendido desenterrados desentonado
        desentonados desenvolverse desenvolvimiento desenvuelve deseo deseos desequilibrada desequilibrado
        desequilibrio desequilibrios deserciones desertar desesperacion desesperada desesperadamente desesperados
        desesperan desestabilizar desestimulos desfasan desfavorable desfiguro desfiguros desfilan desfile desfiles
        desfondaria desganitan desgarra desgarradoramente desgarradoras desgarre desgarros desgastante desgastar
        desgaste desglosado desglosados desgracia desgraciadamente desgracias deshacer deshacerse desharia deshilachar
        deshilvanando deshizo deshonestidad deshonesto deshumanizo desierto desiertos designacion designaciones
        designada designadas designado designador designados designar designe designio designo desigualdad
        desigualdades desincorporacion desincorporo desindigenizacion desinformacion desinformados desintegracion
        desintegrar desintegrara desintegrarse desinteres desinterviniendo desiste desistieran desistieron desistio
        desistir desistirse deslaves desleal desleales deslices desligarme deslindar deslindarse deslinden deslizando
        deslizarse deslizo deslucido deslumbra desmantelamiento desmarque desmembrada desmembro desmerece desmintio
        desmitificado desmontadas desmontarlo desmoralizar desmoralizarnos desmoronando desmotivada desnaquizacion
        desnivel desnudarla desnudaron desnudos desnutricion desobedece desocupacion desocupar desolacion desolador
        desorden desordenado desordenes desorganizados desorienta desorientacion desorientada desorientados despachar
        despacho despacio despacito desparramaron despavorido despedazadas despedia despedida despedidas despedido
        despedidos despedir despedirlas despedirlos despedirse despegara despegue despeinada despeinarse despejando
        despejar despensa despensas desperdiciar desperdicio despertado despertando despertar despertaron desperto
        despidan despide despidiendo despidio despido despidos despierta despiertan despierte desplace desplazaba
        desplazado desplazados desplazamiento desplazamientos desplazan desplazando desplazandolo desplazar
        desplazarla desplegado desplegara desplegaran despliegue desplieguen despoblado despojaba despojado despojando
        despojar despojarlo despojaron despojo despotismo despreciable despreciar despreciarse desprende desprenderse
        desprendia desprendio desprestigiando desprestigio desproporcionadas desproporcionado desproposito
        desprotegeran desprovisto despues desquita desregulacion desregulado desregulando desrregulacion destaca
        destacaba destacada destacadas destacado destacados destacamentados destacan destacando destacar destacaron
        destaco destanteados destapan destaparon destape destapes destaque destemplada destemplado desterrarlas
        destinaban destinada destinadas destinado destinados destinan destinar destinaran destinarian destinarlos
        destinaron destinatario destinen destino destinos destitucion destreza destrozado destrozados destruccion
        destructivo destruida destruir destruira destruirlo destruye destruyeron destruyo desulfuracion desvanecen
        desvanecieran desveladas desvelos desventaja desventajosa desventajosas desviaciones desviadas desviado
        desviandose desviar desviaremos desviaria desviarse desvie desvinculaba desvincular desvio desvirtua
        desvirtuacion desvirtuar detalla detalladamente detalladas detallado detalle detalles detallista detallistas
        detallitos detallo detecciones detecnologia detecta detectaba detectada detectado detectados detectan
        detectando detectar detectara detectaron detecto detencion detenciones detendra detener detenerlo detenerme
        detenerse detengan detenida detenidas detenido detenidos detenta detentando detergente detergentes
        deterioradas deterioran deterioro determina determinacion determinaciones determinada determinado determinados
        determinan determinante determinantemente determinantes determinar determinara determinaran determinaron
        determinarse determine determino deterner detestan detiene detienen detonacion detras detuviera detuvieran
        detuvieron detuvo deuda deudas deuteronomio devaluacion devaluado devaluan devanandose devant devastada
        devastador develara development devenido devenir devocion devociones devolucion devolver devolveria devolverle
        devolvio devuelto devueltos devuelvan devuelve df dgo dhl di dia diabetes diablo diablos diadema
        diagnosticamos diagnosticar diagnostico diagnosticos diagrama dialogado dialogamos dialogar dialogaron dialogo
        dialogos diamante diametro diana diaria diariamente diarias diario diarios dias diaz dibujando dibujantes
        dibujo dibujos dicamex diccionario dice dicen dices dicha dichas dicho dichos diciembre diciendo diciendome
        dickens dicom dicta dictada dictadas dictado dictador dictadura dictaduras dictamen dictaminaron dictamino
        dictar dictarnos dictaron dictatorial dicto didactico diego dientes diera dieran dieron diesel diestro dieta
        diez diezmado dif difamacion difamador difame diferencia diferenciado diferencial diferenciales diferenciando
        diferenciar diferenciarse diferencias diferendos diferente diferentes diferida diferidos dificil dificiles
        dificilmente dificultaba dificultad dificultades dificultado dificultan dificultar dificulto difieren difunda
        difunde difunden difundida difundido difundir difundira difundirlo difunto difuntos difusion diga digale
        digales digame digamos digan digerir digestion digestivos digital digitales digitalizacion digito digna dignas
        dignidad dignifica dignificar dignity digno dignos dignosticar digo dihigo dihlgo dije dijera dijeran dijeron
        dijes dijiste dijo dilatadas dilatar dilatorias dile dilema diligencia diligencias diligente dillo dilucidar
        diluido diluir dimas dimension dimensiones dimino diminutas diminutos dimision dimitir dimitri dimos dina
        dinamarca dinamica dinamicas dinamico dinamicos dinamismo dinamiteros dinastia dinero dineros dinorah
        dinosaurios dio diocesis dior diorita dios diosa dioses dioxido diplomacia diplomado diplomados diplomatica
        diplomaticas diplomatico diplomaticos diputa diputacion diputaciones diputada diputado diputados dira diran
        dire direccion direccionales direcciones direct directa directamente directas directiva directivas directivo
        directivos directo director directora directores directorio directorios directos diria dirige dirigencia
        dirigente dirigentes dirigia dirigian dirigible dirigida dirigidas dirigido dirigidos dirigiendo dirigieron
        dirigio dirigir dirigira dirigirla dirigirme dirigirse dirija dirimir disc discapacidad discapacidades
        discapacitada discapacitadas discapacitado discapacitados disciplina disciplinada disciplinadas disciplinaria
        disciplinario disciplinas discipulos disco discografia discografico discos discoteca discotecas discrepancia
        discreto discretos discriminacion discs disculpa disculpaba disculpe discurso discursos discusion discusiones
        discuta discutian discutido discutieron discutio discutir discutirse disena disenada disenadas disenado
        disenador disenadores disenados disenan disenando disenar disenaron disene diseno disenos disertara disfrace
        disfraces disfrazada disfrazados disfrazar disfrazaron disfrazarse disfruta disfrutando disfrutar disfrutara
        disfrutaron disfrutarse disfrute disfruto disgregulacion disgusta disgustado disgustarle disgusto disidente
        disidentes disimular disipar disipo diskete diskette diskettes dislexico disminucion disminuidas disminuido
        disminuir disminuiria disminuye disminuyendo disminuyo disney disolvio disparaba disparado disparan disparando
        disparar dispararon dispararse disparate disparates disparo disparos dispendio dispendiosa dispensa dispersan
        dispersion disperso dispersos displays displicencia dispone disponen disponga dispongase dispongo disponia
        disponibilidad disponible disponibles disposicion disposiciones dispositivo dispositivos dispuesta dispuesto
        dispuestos dispusieron dispuso disputa disputadas disputado disputar disputara disputaran disputarian
        disputaron disputas disputo disquera disqueras distancia distancias distension distincion distinciones
        distingos distinguen distinguida distinguidas distinguido distinguidos distinguimos distinguir distinta
        distintas distintivo distinto distintos distorsione distorsiones distraen distraer distraida distrajo
        distribucion distribuia distribuidas distribuido distribuidor distribuidora distribuidoras distribuidores
        distribuidos distribuimos distribuir distribuiran distribuirla distribuirse distribution distribuya distribuye
        distribuyen distribuyendo distribuyo distritales distrito distritos distrofia disturbios disyuntiva dit diva
        divan divergencias diversa diversas diversidad diversificacion diversificandose diversifico diversion diverso
        diversos divertia divertida divertidas divertido divertir divertirnos divertirse divide dividendos dividido
        divididos dividiendose dividio dividir dividirnos divina divinas divino divirtieran divisas division
        divisional divisiones divisoria divorciado divorciarme divorcio divorcios divulgar diz dizque dizzie dls dnx
        dobla doblaje doblajes doblar doble doblegado doblegamiento doblegando doblegar doblemente dobles doblinger
        doblista doblistas dobson doce docena docenas docencia docente docentes docil dock docta doctor doctora
        doctorados doctoral doctores doctoro doctrina doctrinario doctrinas documentacion documentada documentadas
        documental documentales documente documento documentos dodgers dog doger dogs dolar dolares dolce doliendose
        dolo dolor dolores dolorido dolorosa dolosa doman domar domene domestica domesticados domesticaron domesticas
        domestico domesticos domiciliado domiciliaria domiciliarias domicilio domicilios domina dominada dominado
        dominador dominan dominando dominantes dominar dominarlo dominen domingo domingos dominguez dominical
        dominicana dominicano dominicanos dominio domino domizzi don dona donadas donado donados donald donaldo donan
        donantes donar donara donas donativo donativos doncella donde dones donna dono doors doquier dora dorada
        doradas dorado dorados dorar doria doris dormi dormia dormir dormiran dormirme dormito dorsal dorsets dorsey
        dos dosamantes doscientas dosis dotacion dotadas dotar dotes dow down doy dr dra dracula drag dragon dragster
        drake drama dramas dramatica dramaticamente dramatico dramaticos dramatismo dramaturgia drastica drasticamente
        drasticas drasticos drenaje drew droga drogadiccion drogadicto drogadictos drogado drogan drogarse drogas du
        dual duarte ducharme ductilidad duda dudaba dudaban dudamos dudas dudo dudosos duela duele duelen duelo duena
        dueno duenos duke dulce dulces dulles dulzura dumping dune dunkin duo dupla duplicacion duplicado duplicados
        duplicar duplicara duplicidad duplicidades duplico dupont duque duques duquesa dura duraban durabilidad
        duracion duradero duramente duran durango duranguense durante durar durara duraran duras durazno durbin durcal
        dure duren dureza durmio duro duros dury dwyer dye dzul e eagles earl eastwood eau ebanista ebanitos eberhard
        ebriedad ebrio ebullicion echa echaban echada echado echan echando echandole echao echar echara echaran
        echarle echarnos echas echate echavarria eche echen echeverria echo echoes eckhard eclesiasticas eclesiasticos
        eco ecologia ecologica ecologicas ecologico ecologicos ecologista ecologistas econometristas economia
        economias economic economica economicamente economicas economico economicos economist economista economistas
        ecosistema ecosistemas ecotaxi ecotaxis ecotaxistas ecotecnicas ecuaciones ecuador ecuanime ecuatoriana
        ecuatoriano edad edades edecan edelmiro eden eder edgar edgardo edicion ediciones edifica edificacion
        edificaciones edificar edificio edificios edifico edil edilberto ediles edison edit edita editada editado
        editados editar edith edito editor editoras editores editorial editoriales editorialista editorialy edmundo
        edomex edu eduard eduardo educacion educada educador educadores educando educar educaron educativa educativas
        educativo educativos eduque edward efe efectiva efectivamente efectivas efectividad efectivo efectivos efecto
        efectos efectua efectuaba efectuada efectuadas efectuado efectuan efectuar efectuara efectuaran efectuaria
        efectuaron efectuarse efectuen efectuo eficaces eficacia eficaz eficazmente eficiencia eficientarlas eficiente
        eficientemente eficientes eficientizacion efigie efimero efluentes efrain efusivamente egca eggert egida
        egipcios egipto ego egocentrismo egoismo egoista egresaban egresada egresados egresan egresaron egresen egreso
        egresos eiffel eight eje ejecucion ejecuta ejecutaba ejecutable ejecutada ejecutado ejecutados ejecutando
        ejecutantes ejecutar ejecutaran ejecutarse ejecutiva ejecutivas ejecutivo ejecutivos ejecuto ejemplar
        ejemplares ejemplarmente ejemplifico ejemplifique ejemplo ejemplos ejerce ejercen ejercer ejerceran ejercian
        ejercicio ejercicios ejerciendo ejerciera ejercitacion ejercito ejercitos ejidatarios ejido el elaboracion
        elaborada elaboradas elaborado elaborados elaborar elaboraran elabore elaboro elasticos elba elcrimen eldridge
        eleanor eleccion eleccionario elecciones electa electo elector electorado electoral electorales electoralmente
        electores electos electrica electricas electricidad electricistas electrico electricos electroacustica
        electrodomesticos electromagneticas electronic electronica electronicas electronico electronicos elefante
        elegancia elegante elegantemente elegantes elegidas elegido elegidos elegir elegira elegiran elegirse elektra
        elemental elementales elemento elementos elena elenco elencos elepe elevaban elevacion elevada elevadas
        elevado elevados elevamos elevan elevar elevaran elevaria elevarse elevo elia elias elida elie elier eligen
        eligieron eligio eligira eligiran elija elijan elimina eliminacion eliminada eliminado eliminar eliminara
        eliminaran eliminarian eliminarla eliminarse eliminatoria eliminatorias eliminatorios elimine elimino eliodoro
        elisa eliseo elite eliud elizondo ella ellas ellington ello ellos elmer elmo elocuencia elogiado elogio
        elogios elogiosas eloisa elosua elotitos eloxochitlan eloy elton elude eludir elva elvis em emana emanadas
        emanciparse ematografia embajada embajadas embajador embajadora embajadores embalaje embarazada embarazarse
        embarazo embarazosa embarazoso embarcacion embarcaciones embarcadas embarcar embargaron embargo embarrarnos
        embestia embestida embestidas embestido embistiendo embistio emblema embolso emboscada emboscado emboscados
        emboscan embotelladora embotelladoras embotellamientos embravecidas embriagantes embriagarse embriagas
        embutidos emerge emergencia emergencias emergente emergentes emerson emes emigramos emigrantes emigrar
        emigraron emiliano emilio eminencia eminentemente emirato emision emisiones emisora emisoras emisores emita
        emitan emiten emitian emitida emitidas emitido emitidos emitiendo emitieron emitio emitir emitira emitiran
        emitiria emmanuel emmitth emocion emocionada emocionado emocionados emocional emocionante emocionaron
        emociones emociono emory emotivamente empacadores empacados empacamex empadronados empalago empanadas
        empantanadas empantanar empape empaquetado empatado empatados empatar empatarles empataron empate empates
        empato empece empecinan empenado empenados empeno empeoran empeorar emperador emperatriz empero empezaba
        empezaban empezado empezamos empezando empezar empezara empezaran empezarlos empezaron empezo empiece empiecen
        empieza empiezan emplazamiento emplea empleada empleadas empleado empleados empleando emplear empleo empleos
        empobrecido emporio emprendedor emprendedores emprender emprendera emprendido emprendiendo emprendimos
        emprendio empresa empresaria empresarial empresariales empresario empresarios empresas emprestitos empujamos
        empujan empujando empujar empujarlo emular en enajenacion enamora enamorado enamoro encabece encabeza
        encabezada encabezado encabezados encabezar encabezara encabezaron encabezo encadenaban encadenado encaja
        encajan encaje encajes encallados encallar encaminadas encaminara encaminaron encanonaron encanta encantada
        encantador encantados encantan encantaria encanto encantos encapricha encara encarcelado encarcelados
        encarcelamiento encarecera encarga encargaba encargaban encargada encargadas encargado encargados encargar
        encargara encargaran encargaron encargo encargue encarna encarnado encarnan encarnizan encarno encauce
        encendedor encendedores encendido encendidos encerar enceren encerrado encerrados encerrarnos encerraron
        encerrona enchalecados enchinchar enciclopedia enciclopedias enciclopedico encienda encierra encierro encima
        encke enclaustrados encomendadas encomendando encomiable encomienda encomiende encontraba encontraban
        encontrada encontradas encontrado encontrados encontramos encontrar encontrara encontraran encontraras
        encontraremos encontrarle encontrarlo encontrarme encontraron encontrarse encontrarsele encontre encontro
        encriptacion encrucijada encuadrados encuadren encubierta encubiertos encuentra encuentran encuentras
        encuentre encuentro encuentros encuesta encuestadora encuestados encuestaron encuestas encueste encumbran
        endeavour endebles enderezadas endeudamiento endiosado endiosamiento endocrinologia endocrinologo endulce
        endulzada enduro enemiga enemigo enemigos energetica energetico energeticos energia energica energicas
        energico enero enervante enervantes enesima enfadaria enfasis enfatiza enfatizara enfatizo enferma enfermarse
        enferme enfermedad enfermedades enfermera enfermeras enfermo enfermos enfiladas enfilamos enfoca enfocadas
        enfocado enfocados enfocan enfocar enfocara enfocaran enfocarse enfoque enfoquen enfoquese enfrascados
        enfrenta enfrentaba enfrentada enfrentado enfrentamiento enfrentamientos enfrentamos enfrentan enfrentando
        enfrentandose enfrentar enfrentara enfrentaran enfrentaremos enfrentarlos enfrentarme enfrentaron enfrentarse
        enfrente enfrenten enfrento enfriamiento enfundaron enfurecieron engalana enganaba enganado enganar
        engancharle engano enganosas engendra engineering englutidos engomados engordar engordo engorrosas engorrosos
        engracia engranaje engrandecer engrane engrasen enhorabuena enigmatico enjambre enjuiciado enjuiciar enlace
        enlatados enlaza enlazadas enlazado enlistar enlisten enmaranado enmarca enmarcarlos enmarcaron enmarcarse
        enmascarado enmedio enmendar enoc enojaran enojo enorme enormemente enormes enraizada enrazado enrazados
        enreden enrico enrique enriquece enriquecer enriquecerse enriquecida enriquecimiento enriquecio enriquez
        ensambladora ensamblar ensamble ensambles ensanchado ensangrentados ensaya ensayado ensayaron ensayista
        ensayistas ensayo enseguida ensena ensenaba ensenaban ensenada ensenado ensenan ensenando ensenanza ensenanzas
        ensenar ensenarles ensenen ensenes enseno ensoberbecerse ensombrecian ensorberbecera ensordecedores ensuciar
        entabladas entablar entablarse ente entenados entendederas entendemos entender entendera entendere
        entenderiamos entendi entendible entendibles entendido entendimiento entera enterada enterado enterados
        enteramente enteramos enterar enterarse entere enteremos enteren entereza entero enteros enterrarlos entes
        entidad entidades entienda entiendan entiende entienden entierro entonado entonces entonen entorno entorpece
        entra entraban entrada entradas entrado entramos entran entrana entranaria entrando entrandole entrante entrar
        entrara entraran entraria entrarian entrarle entraron entre entrecano entrecomillas entrecruzan entrega
        entregada entregadas entregado entregados entregan entregandoles entregar entregara entregaran entregaria
        entregarian entregarla entregarle entregarme entregaron entregarse entregarsela entregas entrego entregue
        entreguen entreguenos entrelazadas entrelineas entren entrena entrenaba entrenado entrenador entrenadores
        entrenados entrenamiento entrenamientos entrenan entrenando entrenar entrenara entrenaran entrenarlo
        entrenarlos entrenaron entreno entretejida entretener entretenian entretenimiento entretenimientos entrever
        entrevista entrevistaba entrevistada entrevistado entrevistados entrevistar entrevistaron entrevistarse
        entrevistas entrevisto entro entrometiera entusiasmada entusiasmado entusiasmo entusiasta entusiastas enumera
        enumerara envasadora envase envases envejecen envejecimiento envenenada envenenarla envia enviada enviadas
        enviado enviados enviamos envian enviando enviar enviara enviaran enviaria enviarlas enviaron envidia
        envidiables envidiamos envidias envidiosos envie envio envoltorio envoltura envolturas envolverse
        envolviendose envueltos enyesado eory epazote episcopado episcopal episodio episodios epistola epistolar epoca
        epocas equals equidad equilibrada equilibrado equilibrar equilibrarlos equilibrio equipada equipado equipados
        equipaje equipan equipar equipararnos equipment equipo equipos equisetum equitacion equivale equivalen
        equivalente equivalentes equivoca equivocaba equivocaban equivocaciones equivocados equivocarse equivoco
        equivoque er era eramos eran erario eres erhard eric erick erigido erika ermita ernesto erogaron eros
        erosionada erosionadas eroticas erraban erradica erradicacion errado erratica erraticos erronea erroneamente
        erroneo error errores erupcion es esa esai esas esbozo escabrosos escala escalada escalafon escalante escalar
        escalera escaleras escalinata escalon escalona escalonados escalones escamilla escampavias escandalo
        escandalos escandalosas escanos escapa escapada escapado escapando escapar escaparon escape escapo escarmiento
        escasa escasas escasez escaso escasos escena escenario escenarios escenas escenciales escenico escenificara
        escenificaran escenografia escenografos escisiones esclarecer esclarecimiento esclarezca esclava esclavas
        esclavitud esclavo escoba escobar escobas escobedo escobera escoces escoge escoger escogeria escoges escogido
        escogiendo escogieron escogimos escogio escojan escolar escolares escolarizacion escollo escoltado escombrera
        escombros escondan esconde esconden esconder esconderse escondida escondidas escondido escondio escondite
        escondrijos escore escoriaciones escorpion escote escotes escriba escribanos escribe escriben escribia
        escribiendo escribieran escribieron escribio escribir escribira escribirlas escribirle escribirse escribo
        escrita escritas escrito escritor escritora escritores escritorio escritos escritura escrituras escrutinio
        escuadra escuadras escuadrones escualidas escucha escuchaba escuchaban escuchadas escuchado escuchan
        escuchando escuchandolas escuchar escuchara escucharan escucharla escucharlos escucharon escuche escuchen
        escucho escuderia escudo escudrinan escuela escuelas escuetamente escultor escultorico escultura esculturas
        escupir escurridizo escurridizos escurridos esde ese esencia esencial esencialmente esfera esferico esforzamos
        esforzarnos esforzaron esfuercen esfuerzo esfuerzos esfuman esgrimia esguince eslabono eslava esmaltes
        esmeralda esmeraldas esmeran eso esos espacial espaciales espacio espacios espada espalda espaldas espana
        espanol espanola espanolas espanoles espanolitos espansion espanta espantadas esparcimiento esparcio esparza
        espasmo especial especiales especialidad especialidades especialista especialistas especializa especializacion
        especializada especializadas especializado especializados especialmente especie especies especifica
        especificaba especificaciones especificado especificamente especifican especificar especificas especifico
        especificos especifiquen espectacular espectaculares espectacularmente espectaculo espectaculos espectador
        espectadores espectro espectrografo espectrometro espectroredioelectrico especulador especuladores especular
        especulativos especulo espejismo espejo espera esperaba esperabamos esperaban esperada esperado esperados
        esperamos esperan esperando esperanza esperanzado esperanzados esperanzas esperar esperara esperaran esperare
        esperaremos esperaria esperarlos esperaron esperarse espere esperemos espero esperpenticas espesa espesor
        espetar espia espian espiando espina espinal espinosa espinoso espinoza espionaje espiridion espiritu
        espiritual espirituales espiritualidad espiritualmente espiritus esplendor esplendores espontanea
        espontaneamente espontaneo esporadica esposa esposas esposo esposos espuela espuma esqueleto esquema esquemas
        esquer esquiar esquimal esquina esquinas esquivar esquivel esquizofrenia esta estaba estabamos estaban
        estabilidad estabilizar estable establece establecemos establecen establecer establecera establecerse
        establecia establecian establecida establecidas establecido establecidos estableciendo establecieron
        establecimiento establecimientos establecio establezca establezcan estacion estacionado estacionados
        estacionamiento estacionamientos estacionar estacionarios estacionarse estaciones estaciono estacon estadia
        estadio estadios estadista estadistas estadistica estadisticas estado estados estadounidense estadounidenses
        estafan estalla estallar estallaria estallido estallo estambre estamos estampas estampilla estampita estan
        estancadas estancamiento estancarse estancia estancias estandar estandares estandarizadas estandarte estando
        estanques estanzuela estar estara estaran estaremos estaria estariamos estarian estarle estarse estas estatal
        estatales estatua estatuas estatura estatuto estatutos este esteban estelar estelares estelarizado estelarizar
        estemos esten estereo estereotipan esterlinas esternon estetica esteticamente esteticas esteticos estevez
        esthela esther estigma estilo estilos estima estimaba estimacion estimaciones estimada estimado estimados
        estimamos estiman estimando estimaras estimaron estime estimo estimula estimulacion estimulada estimulado
        estimulados estimular estimulo estimulos estipula estipulaba estira estiro estiron estirpe esto estocada
        estocolmo estomacal estomago estopa estoperoles estorba estorbaba estorbe estos estoy estrada estrado estragos
        estrangulado estrasburgo estratagemas estratega estrategia estrategias estrategica estrategicas estrategico
        estrategicos estratos estratosfericas estrecha estrechandose estrechar estrecharon estrechas estrecho
        estrechos estrella estrellado estrellamos estrellar estrellas estrello estremecio estrena estrenado estrenan
        estrenando estrenandose estrenar estrenara estrenaron estreno estrenos estrepito estrepitosa estrepitosamente
        estribo estricta estrictamente estrictas estricto estrictos estropeadas estropear estructura estructuracion
        estructural estructuras estruendo estudia estudiaba estudiaban estudiados estudian estudiando estudiante
        estudiantes estudiantil estudiantiles estudiar estudiara estudiaron estudiarse estudie estudien estudio
        estudios estudioso estudiosos estupefaccion estupefacta estupendo estupida estupideces estuve estuviera
        estuvieramos estuvieran estuvieron estuviese estuvimos estuvo etapa etapas etc etcetera etchohuaquila
        eternidad eterno ethernet ethnology etica eticas etienne etiope etiopia etiqueta etiquetas etnia etnica
        etnicas etnico etnografia etnohistorico ettiene eu eucalipto eudelio euforia eugene eugenia eugenio eugui
        eulalio euripides eurobonos europa europea europeas europeo europeos eurovision eusebio eustolio eva
        evacuacion evacuados evacuan evacuar evadia evadio evadir evaluacion evaluaciones evaluado evaluador evaluados
        evaluan evaluar evaluaran evaluaron evangelicos evangelizacion evangelizan evangelizar evasion evasivas
        evasivo evento eventos eventual eventuales eventualmente ever everardo everman everton evidencia evidenciado
        evidencian evidencias evidencio evidente evidentemente evidentes evita evitado evitan evitando evitar evitara
        evitaremos evitarla evitarle evitarlo evitarse evite eviten evito evocacion evolucion evolucionando
        evolucionara evolucionarios evolucionaron evolucionen ex exacta exactamente exactas exactitud exacto
        exageraciones exagerada exagerado exagerados exageraron exalumnas exalumnos examen examenes examina examinado
        examinados examinando examinar examinen examino exc excandidato excatedratico excavaciones excavando excede
        exceden excedernos excediendo excedieron excel excelencia excelente excelentemente excelentes excelsa
        excelsior excepcion excepcional excepcionales excepciones excepto excesiva excesivamente excesivo excesivos
        exceso excesos exchange excita excitacion excitan excitante excitantes excitarse exclama exclamacion exclamo
        excluidos exclusion exclusiva exclusivamente exclusivas exclusividad exclusividades exclusivo exclusivos
        excluyendo excolega excomunion excursiones excusarse excusas exencion exenta exento exhala exhaustiva exhibe
        exhiben exhibia exhibicion exhibiciones exhibida exhibidas exhibido exhibiendo exhibiera exhibiere exhibieren
        exhibimos exhibio exhibira exhibiran exhibirse exhoneracion exhorta exhortaban exhortan exhortando exhorto
        exige exigen exigencia exigencias exigente exigentes exigian exigida exigido exigiendo exigieran exigieron
        exigimos exigio exigir exigira exigiria exigirle exigirles exigirse exija exijan exilio exime eximir eximirlos
        exista existan existe existen existencia existente existentes existia existian existido existiendo existio
        existir existiran exito exitos exitosa exitosamente exitosas exitoso exitosos exodo exonera exoticas exoticos
        expander expandera expandido expandieron expandiran expandirse expansion expansiva expectacion expectativa
        expectativas expedicion expedidas expediente expedientes expedir expedirse expedito expenden expendio
        experiencia experiencias experimenta experimentacion experimentadas experimentado experimentados experimental
        experimentar experimentarse experimento experto expertos expidan expide expidieron expira expirar explanada
        explica explicaban explicacion explicaciones explicado explicamos explican explicando explicar explicara
        explicarles explicarlo explicaron explico explique explora exploraban exploracion explorado exploran explorar
        explosion explosiva explosividad explosivo explosivos explotacion explotado explotan explotar explotara
        explotarse exploto expo expondra expondran expondremos expone exponentes exponer exponernos exponerse exponga
        expongan exponian exponiendose expoplaza exporta exportacion exportaciones exportado exportador exportadoras
        exportadores exportados exportamos exportan exportando exportar exporters exporto exposicion exposiciones
        expresa expresada expresadas expresado expresamente expresan expresando expresar expresaron expresarse exprese
        expresidentes expresion expresiones expresiva expreso express expropiar expuesta expuesto expuestos expulsada
        expulsado expulsados expulsar expulsarlo expulsarme expulsaron expulsion expusiera expusieron expuso
        exquisitamente exquisiteces exquisitos exsecretario extendemos extender extendera extenderse extendido
        extendieron extendio extensa extensas extension extensiones extensivo extenso extenuacion extenuar exterior
        exteriores externa externado externaron externas externo externos extiendan extiende extienden extincion
        extinguidores extinta extirpar extirparon extorsionando extorsionar extorsionaron extorsiones extosionando
        extra extrabajadores extraccion extracto extradicion extraer extraerle extraescolar extraida extraido extrajo
        extrana extranaba extranados extranas extrane extraneza extranjera extranjeras extranjero extranjeros extrano
        extranos extraoficial extraoficiales extraoficialmente extraordinaria extraordinariamente extraordinarias
        extraordinario extraordinarios extras extraterrestres extravagantes extraviadas extraviado extravio extrema
        extremadamente extremo extremos exvotos exxon eye ezeta f fabian fabiana fabio fabrica fabricacion fabricadas
        fabricado fabricante fabricantes fabricar fabricara fabricarla fabricas fabrico fabrique fabulosas fabuloso
        fabulosos facciones faceta facha fachada facil faciles facilidad facilidades facilita facilitaba facilitados
        facilitando facilitar facilitara facilitaran facilitarles facilitarlos facilite faciliten facilmente factible
        factibles facto factor factorajes factores facts factura facturacion facturada facturados facturar facturas
        facturo faculta facultad facultades facultados facultativos facundo faena faenas fagotistas fahr fairfax
        faisan faja fajarse fajin fal falacci falcon falda faldas falla fallado fallan fallar fallaron fallas fallece
        fallecido fallecidos falleciera fallecieron fallecio fallen fallida fallido fallo falls falsa falsas falsete
        falsificacion falsificados falsifico falso falsos falta faltaba faltaban faltado faltan faltando faltandole
        faltante faltar faltara faltas falte falto faltriquera fama familia familiar familiares familiarice
        familiarizado familiarizarse familias famosa famosas famoso famosos fanaticada fanaticas fanatico fanaticos
        fanfarrias fango fans fantasia fantasmas farias farinas farmaceutica farmacia farmacias farmacodependientes
        farmacologia farmar farrugia farsa farsante fascinacion fascinante fase fases fast fastuosos fatal fatales
        fatalmente fatiga fatigado fatima fauna faustino fausto favor favorable favorablemente favorables favorece
        favorecer favorecera favoreceran favorecia favorecian favorecieron favorecimiento favorecio favores favorezcan
        favorita favoritas favoritismo favorito favoritos fax faxes fbi fda fe fea feas feat feb febrero fecha fechada
        fechado fechados fechas fechorias fecunda fecundacion fecundando fecundidad fecundinez federacion federal
        federales federalismo federalizacion federativa federativas federativo federica federico feeder
        fehacientemente feldhaus felguerez felices feliciano felicidad felicitacion felicitaciones felicitada
        felicitadas felicitado felicitar felicitarla felicitarlo felicito felicitos feligreses felina felino felinos
        felipe felix feliz femam femenil femeniles femenina femenino femeninos femineidad feminismo feminista
        feministas femsa fendick feneciendo fenomeno fenomenos feo fer fergie ferguson feria ferias fermin fernanda
        fernandez fernando ferniza feroz ferrara ferrat ferreo ferreteria ferreterias ferrino ferrocarril
        ferrocarrileros ferrocarriles ferronales ferroviaria ferroviarias ferroviario ferroviarios fertiles fertilidad
        fertilizante fertilizantes fesperman festeja festejada festejar festejaron festejo festejos festiva festival
        festivales festividades festivo festivos fetales fetos feudales ffcc fian fianza fib fibra fibras
        fibrosarcomas ficcion ficha fichado ficologa ficticios fideicomiso fideicomisos fidel fidelidad fidencio
        fidenor fidler fiebre fiel fieles fierro fiesta fiestas fiestota fifa fife fignon figueroa figura figuraba
        figurado figuran figuraria figuras figurativamente fija fijacion fijadas fijado fijados fijamos fijan fijar
        fijara fijaron fijarse fijas fijate fije fijese fijeza fijo fijos fila filadelfia filas filatelia filatelica
        filatelico filatelicos filatelismo filatelista filatelistas filete filial filiales filiberto filipinas
        filipino film filmacion filmado filmados filmar filmaron filme filmicos filosofia filosofica filosofo
        filosofos filtracion filtraciones filtro filtros fin fina final finales finalice finalidad finalista
        finalistas finaliza finalizado finalizar finalizara finalizaron finalizo finalmente finamex financiadas
        financiado financiados financial financiamiento financiamientos financiar financiera financieras financiero
        financieros financing financio finanzas finas finca fincado finco fines fingiendo fingieron fingir
        finiquitacion finiquito finishing finland fino finos fira firma firmaba firmaban firmada firmadas firmado
        firmados firmamos firman firmante firmantes firmar firmara firmaran firmaron firmarse firmas firme firmemente
        firmen firmes firmo first fiscal fiscales fiscalia fiscalizacion fiscalizado fischer fisco fisica fisicamente
        fisicas fisico fisicodeportiva fisicos fisiologicamente fisk fisonomia fisura fitopecuarias flaco flagrante
        flamante flamenco flandes flannery flanquear flaquito flaubert flavio flavorite flavr flecha flechazos flecos
        flemming fleteros fletes flexibilidad flexible flexibles flojos flor flora floracion florales florecita
        florencia flores florida flota flotacion flotando flotantes flotilla flotillas floyd fluctuacion fluctuan
        fluidez fluido flujo flujos flume fluordaniel fluye fm fmf fmn fna foco focos fofo fogatas foggia fogueo
        folclorica folio folklore folklorica folklorico folklorismo folleto folletos fomenta fomentaba fomentada
        fomentado fomentan fomentar fomento fomerrey fonda fondear fondistas fondo fondos fonetica fonhapo fonmexico
        fonseca food foods foquitos for foranea foraneo foraneos forcados force ford forest forestacion forestal
        forestales forista foristas forja forjan forjarse forma formaban formacion formada formado formados formal
        formales formalidades formalizacion formalizar formalizara formalizarlo formalmente formamos forman formando
        formar formara formaran formarlo formaron formarse formas formativos formato formatos forme formen formo
        formula formulacion formulado formulan formular formulas formulo fornica fornicacion fornicadora fornicadores
        fornicados foro foros forrada forro fors fortalece fortalecemos fortalecen fortalecer fortalecidas fortalecido
        fortaleciendo fortaleciendose fortalecimiento fortalecio fortaleza fortalezca fortalezcan fortin fortines
        fortuna fortunas fortunato forzada forzadas forzar forzaron forzosa forzosamente forzoso fosas fosforescente
        fosforescentes fosiles foster foto fotocopiadoras fotocredencializacion fotocredencializadas
        fotocredencializados fotocredencializar fotografia fotografiar fotografias fotografica fotograficas fotografo
        fotografos fotomecanica fotoquimicos fotos found foundation fovi fovissste fox foxpro fracasado fracasar
        fracasaron fracase fracaso fracasos fracc fraccion fraccionadas fraccionador fraccionadores fraccionamiento
        fraccionamientos fraccionarios fracciones fractura fracturado fracturados fracturarse fracturas fragancias
        fragil fragiles fragmenta fragmentacion fragmentos fragor fraguando franca francamente francas france frances
        francesa franceses francia francisco franco francos francotirador franela frank franklin franklyn franqueo
        franqueza franquicia franquiciaba franquicias franz frapi frase fraseo frases frasquito fraterna fraternal
        fraternidad fraude fraudes fraudulenta fraudulentas fraudulento frausto frayre frecuencia frecuencias
        frecuentada frecuentado frecuentan frecuentando frecuentaran frecuente frecuentemente frecuentes frederick
        freedom freeport fregado fregoneria frenado frenados frenar freno frenos frente frentes fresas fresca frescas
        fresco frescura fresh freud fria frias fricase fricciones frida fried frijol frijoles frio friolentas
        friolentos frios frisco fritos fritz frivolidad frontal frontalmente frontera fronteras fronteriza fronterizo
        fronterizos fructificar fructuoso frustracion frustrada frustradas frustrado fruta frutales frutas fruto
        frutos fstse fucsia fue fuego fuehrer fuente fuentes fuera fueran fuere fuero fueron fuerte fuertemente
        fuertes fuerza fuerzas fuese fuesen fuezas fuga fui fuiste fujimori fujimorista fukuoka fulano fulgor fuller
        fulminante fulminantemente fulmino fuman fumando fumarolas funcion funciona funcionaba funcional funcionalidad
        funcionalidades funcionamiento funcionan funcionando funcionar funcionara funcionaran funcionaria funcionarias
        funcionario funcionarios funcionaron funcione funciones funciono fund funda fundacion fundaciones fundada
        fundado fundador fundadora fundadoras fundadores fundamenta fundamentados fundamental fundamentales
        fundamentalismo fundamentalmente fundamento fundamentos fundar fundara fundaran fundaron fundarse funde funden
        fundente fundicion fundiciones fundidora fundo funerales funge fungia fungian fungio fungir funk funny
        furgones furia furibunda furibundo furioso furtiva furtivo furtivos fusion fusionada fusiones futbol
        futbolista futbolistas futbolistica futbolisticamente futbolistico futbolisticos futura futuras futureando
        futurismo futurista futuro futuros fxg g gabanna gabinete gabriel gabriela gado gafete gail gala galan galanes
        galante galardon galardonada galardonado galardonados galardones galarza galeana galenos galeones galeras
        galeria galerias gales galicia galileo galimanty galindo gallardo gallego gallegos galleta galletitas gallina
        gallinas gallinero gallo gallont gallos galvak galvamet galvan galvanizada gama gamez gamma gamuza gana
        ganaban ganada ganadas ganadera ganaderia ganadero ganaderos ganado ganador ganadora ganadores ganados ganamos
        ganan ganancia ganancias ganando ganar ganara ganaran ganarla ganarle ganarles ganaron ganarse ganas gancho
        ganchos gane ganen gangas gannet gano gaona garantia garantias garantice garantices garantiza garantizaba
        garantizaban garantizada garantizadas garantizar garantizaran garantizaron garantizarse garantizo garcia
        gardenia garduno garfield garganta gargantilla gari garibay garitos garma garras garrido garrison garrocha
        garrotero garroteros gary garza gas gasca gasera gaseras gases gasoducto gasoleo gasolina gasolinas gasolinera
        gasolinerias gaspar gasparini gasset gastado gastados gastando gastar gastaran gastarla gastaron gaste gasto
        gastolfo gaston gastona gastos gastritis gastroenterologia gatauline gates gatica gato gatorade gatos gatt
        gaucho gauna gavaldon gavica gaviria gaytan gazal gds gehard geiser gelasio gelida gelido gemebundo gemelas
        gemelos gemido gemidos genaro gendarme gene genealogico genera generacion generaciones generada generado
        generador generadora generadores generados general generales generalidad generalista generalizaciones
        generalizada generalizado generalizados generalizar generalmente generan generando generandoles generar
        generara generaran generaron generarse generico generis genero generos generosa generosas generoso genes
        genesio genetec genetica geneticamente genetico geneticos genetistas genial geniales genio genios genital
        genitales geno genocidio genpham gente gentes gentor genuinamente geo geograficas geografico geographic
        geologicos geologos george georges gephard gephardt gerald gerardo gerda gerencia gerencial gerenciales
        gerencias gerente gerentes german germen geroncio geronimo gestado gestando gestion gestionando gestionar
        gestiones gesto gestor gestoras gestoria gfinbur ghali ghana ghanes ghersi giancana gianni gielgud gigante
        gigantes gigantesco gigantescos gigantezca gijon gil gilbert gilberto gime gimnasia gimnasio gimnospermas
        ginebra ginecobstetricia ginecologo giovanni gira giraba girado giran girar girara giraron giras giro girolamo
        girolano giros gises giuseppe gladiador gladiadores glamorosa glamour glamur glandula glen glenn glioblastomas
        global globales globalizacion globalizado globalizarse globe globero globo globos gloria glorias glorieta
        gloriosisima glosas goave gober gobernaban gobernabilidad gobernacion gobernada gobernado gobernador
        gobernadora gobernadores gobernante gobernantes gobernar gobernarse gobernicolas goberno gobienro gobierna
        gobierne gobierno gobiernos goce gocen goddard godinez goering goeter goethe gol golazo golden goldsmith
        goleador goleadora goleadores golearon goleo goles golf golfistas golfo golondrinas golpe golpeaba golpeado
        golpeador golpeados golpean golpear golpeara golpearlo golpearon golpeo golpes golpiza goma gomes gomez gomiz
        gonzalez gonzalitos gonzalo goosen gor gorbachov gorda gordillo gordo gordolobo gordon gorgona gorgonia gorila
        gorilas gorios gorra gorras gorro gortari gortazar gorvachov gota gotas goteo goteras gourmet gourmets goya
        goyesca goyesco goyo goza gozado gozan gozar gozo gozoso graba grababan grabacion grabaciones grabada grabadas
        grabadista grabado grabadora grabadoras grabados grabamos graban grabar grabara grabarle grabaron grabo gracia
        graciano gracias graciela gracilmente gradas graderio grado gradocon grados graduacion graduado graduados
        gradual gradualmente graduaron graduarse grafenberg grafiar grafica graficas grafico grafito grajales grajeda
        gramajo grammont grammy grammys gramos grampus gran grana granada granadas granaderos granados granalguina
        granata granate grand grande grandecito grandes grandeza grandguillhomme grandiosa grandiosas grandioso
        grandisimo grandota grandote grandotes granero granillo granito granja granjas granjeros granma grano granos
        gratificaciones gratificante gratis gratitud grato gratuita gratuitamente gratuito gravados gravamen
        gravamenes gravar grave gravedad gravemente graves gravisimo gravitacionales gravoso gray greatest grecia
        grecorromano greenbelt greenspan greg gregorianos gregorio gregory grena griega griego griegos grieta grijalva
        grill grilletes gripa gripal gripe gris griselda grises grita gritaba gritaban gritando gritar gritarle
        gritaron griteria grito gritos gro grosera groseria groserias grotewold group grrrrr grua gruas gruending
        gruesa grueso gruesos grumos grupo grupos guacamole guadalajara guadalcanal guadalupe guajardo guameru guan
        guanajuatense guanajuato guango guantes guapa guapo guarda guardacostas guardada guardadita guardados
        guardameta guardan guardar guardara guardaran guardarlas guardarropa guardarse guardas guarderia guardia
        guardian guardias guardo guat guatemala guatemalteco guatemaltecos gubernamental gubernamentales gubernatura
        guccione guedad guera guerito gueritos guero guerra guerras guerrerense guerreresnses guerrero guerrilla
        guerrillera guerrillero guerrilleros guetierrez guevara guevarista guia guiada guiadas guiar guiaron guie
        guillermina guillermo guillespie guillotina guio guiomar guion guiones guitarra guitarrista guns gurmets
        gurria gurrola gusano gusta gustaba gustaban gustado gustamos gustan gustando gustar gustaria gustavo guste
        gusten gusto gustos gutierrez guzman gyetko h ha habana haber haberlas haberle haberles haberlo haberlos
        haberse habia habiamos habian habidas habido habidos habiendo habil habiles habilidad habilidades habilitado
        habilitar habita habitaban habitables habitacion habitacional habitaciones habitadas habitado habitantes
        habitaran habito habitos habituados habitual habla hablaba hablabamos hablado hablador hablados hablame
        hablamos hablan hablando hablandose hablar hablara hablaran hablarle hablarme hablarnos hablaron hable hablen
        hablo habra habran habre habremos habria habriamos habrian hace hacemos hacen hacendarias hacendario hacendoso
        hacer hacerla hacerle hacerles hacerlo hacerlos hacerme hacernos hacerse haces hacha hacia haciamos hacian
        hacienda haciendas haciendo haciendola haciendolas haciendoles haciendolo haciendolos haciendose hacinamiento
        haddad haemophilus haga hagalas hagalo hagamos hagamosla hagamoslo hagan hago hainan haiti haitianos
        halagadora halago halcion halcon halen hall halla hallaba hallado hallados hallamos hallan hallar hallarle
        hallazgo hallazgos halle halley halogeno hamaca hambre hambres hambriento hambrientos hamburguesa hamburguesas
        hamel hamilton hampa hamponio han hanchette handicap hangar hank hannover hanover hans hanse hara harald haran
        haras harbaugh hard hardcore hardware hare harefield haremos haria hariamos harian harina harlem haro harper
        harry hartazgo hartmut harto harvard harvest harvey has hassan hasta haugen hausser havelange hawai hawaiano
        hay haya hayamos hayan hayas hayat haz hazana hboc hc he headsh health heart hearts heavy heberto hebilla
        hebillas hecha hechas hechizada hecho hechos hectarea hectareas hector hedrick hegel heidi heladas helado
        helados helen helicoptero helicopteros hembras hemerograficas hemiciclo hemisferio hemoglobina hemorragias
        hemos henderson henequenera henk henrique henry hepatica hepburn heraclito heralcor herald heraldico
        herbicidas herbivoros herce hercules herdez heredados heredero herederos heredia hereditario herencia
        heriberto herida heridas herido heridos herir herirla heritage herman hermana hermanas hermandad hermanitas
        hermann hermano hermanos hermenegildo hermetica hermeticidad hermetismo hermila hermosa hermosamente hermosas
        hermosillo hermoso hernan hernandez hernando heroe heroes heroicos heroismo herradura herramental herramienta
        herramientas herrera herzfeld herzog heterosexual heterosexuales hewlett hewlettpackard hgo hibrido hibridos
        hice hiciera hicieran hicieron hiciesen hicimos hiciste hidalgo hidalgos hidalguense hidalguenses hidraulica
        hidraulicos hidrocarburo hidrocarburos hidroelectricidad hidrologica hidrologicos hielo hierba hierbas hierro
        hierros higado higados higiene higinio hija hijas hijo hijos hilario hilburn hilda hilera hill hillary hills
        hilo hilos hilvano himenia himno hinca hincapie hines hinojosa hipersensibilidad hipertension hipertiroidismo
        hipo hipolito hiponacte hipoteca hipotecada hipotecaria hipotecarias hipotecario hipotesis hipoteticamente
        hipoteticos hippie hippies hiriendo hirio hirofumi hiroshima hispana hispanicas hispanio hispanos histeria
        histericamente histerico historia historiadores historial historias historica historicamente historicas
        historico historicos hit hitazo hitler hits hizo ho hobbie hoc hocico hogar hogares hogueras hoja hojalata
        hojas hojeo hojita hola holanda holandes holanes holding holgada holgado holguin holliday hollywood holt
        holzinger homar hombre hombres hombro home homenaje homenajeado homeostasis homero homicida homicidas
        homicidio homicidios homilia homologacion homologando homologarlas homologarlos homologarnos homologo
        homologos homonimo homosexual homosexuales homosexualismo homs honda hondo honduras hondureno hondurenos
        honesta honestamente honestidad honesto honestos hong honor honorabilidad honorable honorables honorarios
        honores honorifica honrada honradez honrados honrarlo hopkins hora horacio horario horarios horas horcada
        horchata horizon horizontal horizonte horizontes hormona hormonas horneados hornos horrenda horrendo horribles
        horror horrorizado hortalizas horwath hospedaba hospederos hospicio hospital hospitalario hospitalarios
        hospitales hospitalizacion hospitalizado hospitalizados hostile hostilidades hot hotel hotelera hoteleros
        hoteles houston howard hoy hoyo hoyos hp hristo huacho huahutla huamantla huambo huang huapango huasteca
        huautla huayami hub hubiera hubieran hubiere hubiese hubiesen hubo huecos huehuetenango huehuetlan
        huehuetlatoa huela huele huelen huelga huelguistas huella huellas huerfanos huerta huertas huerto huertos
        huesca hueso huesped huestes huevazos huevo huevos hufbauer hugo huichapan huichol huicholas huicholes huidizo
        huinala huir huitzilopochtli huitzuco hules humana humanas humanidad humanidades humanista humanitario
        humanitarios humaniza humanizar humano humanos humberto humeante humedad humildad humilde humillados
        humillante humillantemente humillar humo humor humorista hundida hundidas hundido hundidos hundieron
        hundimientos hundio hundir hungaro hungo hungria huntsville hurtadillas hurtado hurtic huss hussein huyeron
        huyo hylsa i iaaf iacocca iannuzzelli iba ibamos iban ibarguengoitia ibarra ibericos ibm ibor ica iceberg ichi
        ici iconografia iconografica id ida idaho idalia idea ideal ideales idealistas ideario ideas idem identica
        identico identidad identifica identificacion identificada identificadas identificado identificados identifican
        identificando identificar identificarlo identificaron identificarse identifico identifique identifiquen ideo
        ideologia ideologias ideologica ideologicas ideologico idioma idiomas idiosincrasia idiotas ido idolatra
        idolatria idolo idolos idoneo ife ifigenia ifigenios iglesia iglesiaestado iglesias ignacio ignicion ignominia
        ignora ignoran ignorancia ignorando ignorante ignorar ignore igor igual iguala igualada igualadas igualan
        igualar igualarlo igualarnos igualaron igualdad iguales igualita igualmente ii iii il ildefonso ilegal
        ilegales ilegalmente ilesa ileso ilicita ilicito ilicitos ilimitada ilimitadas ilimitado ilimitados illinois
        ilogica ilogico iluminacion iluminadas iluminaron ilumino ilusas ilusion ilusiones ilustra ilustraciones
        ilustran ilustrar ilustraria im imagen imagenes imagina imaginacion imaginar imaginense imaginese imagino iman
        imax imbecil imecas imelda imevision imitable imitacion imitaciones imitan imitar imitarlo imp impaciencia
        impacta impactar impactaria impactaron impacten impacto impactos imparcial imparcialidad impartan imparte
        imparten impartia impartida impartiendo impartieran impartimos impartir impartira impartiran impasse impecable
        impedido impedimento impedimentos impedir impedira impediran impediria impedirle imperan imperdonable
        imperfecto imperial imperiales imperialismo imperialistas imperio impersonal impida impide impiden impidiera
        impidieron impidio implacable implacables implantacion implantado implantados implantando implantaremos
        implante implementacion implementada implementan implementando implementar implementaran implementarla
        implementarse implemento implementos implica implicacion implicaciones implicados implican implicando implicar
        implicara implicaran implicito implico impolutos impondra impondran impondria impone imponemos imponen imponer
        imponerse impongan imponiendo imponiendose importa importaba importacion importaciones importadas importado
        importadora importados importan importancia importando importante importantemente importantes importantisimas
        importantisimo importantisimos importar importara importaria importe importo imposibilidad imposibilitada
        imposible imposicion imposiciones impositivos impostergable impostergables impotencia impotente impregnada
        impregnan imprenta impresa impresas impresion impresionable impresionada impresionado impresionante
        impresionantes impresiones impresionismo impresionista impresiono impreso impresora impresoras impresores
        impresos imprevision imprimio imprimir imprimirse improductiva impropiedades improvisacion improvisada
        improvisados imprudencia imprudencial imprudencialmente imprudentes impuesta impuestas impuesto impuestos
        impugnaciones impugnado impulsa impulsan impulsando impulsar impulse impulsivo impulso impulsos impunemente
        impunes impunidad impunidades impuntualidad impuras impusieron impuso imputaciones imputado imsa imss in
        inaccesible inaccesibles inaccion inaceptable inactividad inadecuada inadmisible inadvertidas inadvertidos
        inah inalambrico inalienables inamovible inamovibles inaplicables inasistencia inaudito inaugura inauguracion
        inauguraciones inaugurada inaugurado inaugural inauguran inaugurar inaugurara inauguro inba inc incalculable
        incapaces incapacidad incapacitado incapacitados incapaz incautada incautado incautan incauten incauto
        incendiarias incendio incendios incentivar incentivo incentivos incertidumbre incesante incesantemente incian
        incide inciden incidencia incidental incidente incidentes incidido incierto inciertos incinerador incisos
        incitacion incitador incitaron inclan inclemencias inclina inclinaba inclinacion inclinaciones inclinada
        inclinados inclinamos inclinan inclinandose inclino incluia incluida incluidas incluido incluidos incluimos
        incluir incluira incluiran incluiria incluirlo incluirlos inclusion inclusive incluso incluya incluyan incluye
        incluyen incluyendo incluyeron incluyo incoherencias incomodo incompetentes incompleta incompleto
        incomprendidos incomprensibles incomprension incomunicacion incomunicada incomunicadas incondicional
        incondicionales inconformaron inconformes inconformidad inconformidades incongruencias incongruente
        inconmovibles inconsciente inconscientes inconsecuencia inconsistencia inconsistente inconstitucionales
        inconstitucionalidad incontenible incontrolable incontrolables incontrolado inconveniente inconvenientes
        incora incorpora incorporacion incorporados incorporan incorporando incorporar incorporaron incorporarse
        incorporated incorpore incorporen incorporo incosteables incredulidad increible increiblemente increibles
        incrementa incrementadas incrementado incrementando incrementandose incrementar incrementara incrementarles
        incrementaron incrementarse incremente incrementen incremento incrementos increparan incriminar incrustacion
        incrustaciones incrusto incubacion incuestionable incuestionables inculcar incumbe incumple incumplen
        incumplidas incumplido incumplieron incumplimiento incumplio incurran incurre incurrido incurrieron incurrio
        incurrir incursion incursiona incursionamos incursionar inda indagacion indagando indebido indebidos
        indecibles indecisa indecision indeciso indefension indefinida indefinidamente indefinido indejo indemnizacion
        indemnizaciones indemnizar indemnizo independencia independiente independientemente independientes independiza
        independizo indeseado indeterminado india indiana indianapolis indica indicaba indicaban indicaciones indicada
        indicado indicador indicadores indican indicando indicandome indicar indicara indicaran indicaron indicativa
        indicators indice indices indicio indicios indico indiferencia indiferente indiferentes indigena indigenas
        indigencia indigente indigentes indignacion indignado indignidad indigno indigo indio indique indirecta
        indirectamente indirectas indisciplina indiscreciones indiscriminadamente indiscutible indiscutibles
        indispensable indispensables indistintos individual individuales individualidades individualista
        individualistas individualmente individuo individuos indole indonesia indubitable induccion induce inducir
        inducirlo indudablemente indulgencias indulto indumentaria industria industrial industriales industrializacion
        industrializadas industrializados industrias industries industriosa indy inea inedita ineditas inedito
        ineficaces ineficacia ineficaz ineficiencia ineficiencias ineficiente inegi inelegancias ineludible ineptas
        inequivoca inercia ines inescrutable inestabilidad inestable inevitable inevitablemente inevitables
        inexactitudes inexistente inexorablemente inexplicable inexplicablemente inexploradas infactibilidad
        infalibilidad infalsificables infame infamia infancia infante infantes infantil infantiles infarto infeccion
        infecciones infectologia inferido inferior inferiores inferioridad infernal infernales infestadas infidelidad
        infidelidades infiel infierno infiltrados infiltraron infinidad infinitum inflaba inflacion inflacionario
        inflacionarios inflamacion inflar infle influencia influenciada influencias influenzae influido influir
        influiria influjo influyen influyente influyo infonavit informa informaba informacion informaciones informada
        informado informados informal informan informandome informante informantes informar informara informaran
        informarle informaron informarse informatica informatico informativa informativas informativo informativos
        informe informes informo inforrey infortunadamente infortunado infraccion infraccionados infraccionar
        infractor infractores infraestructura infrarrojas infrarrojos infundados infundios infundir infusion
        infusiones ing ingando ingenieria ingeniero ingenieros ingenio ingeniosa ingenioso ingenua ingenuas ingenuo
        ingerencia ingerir inglaterra ingles inglesa inglesas ingleses ingratos ingrediente ingredientes ingresa
        ingresaba ingresado ingresan ingresando ingresar ingresara ingresaron ingreso ingresos inhabilitados
        inhabilitan inhalaciones inhalambricos inherente inherentes inhibiendo inicado inicara inicia iniciaba
        iniciacion iniciada iniciadas iniciado iniciadores inicial iniciales inicializacion inicialmente inician
        iniciando iniciar iniciara iniciaran iniciaria iniciarian iniciarme iniciaron iniciarse iniciativa iniciativas
        inicie iniciemos inicien inicio inicios inimaginables ininteligibles ininterrumpida injerencia injude injurias
        injusta injustas injusticia injusticias injustificada injustificados injusto injustos inmadurez inmaduros
        inmediaciones inmediata inmediatamente inmediatas inmediato inmediatos inmenso inmensos inmigrantes inminencia
        inminente inmiscuidos inmiscuirse inmobiliaria inmobiliarias inmobiliario inmobiliarios inmorales inmortal
        inmortales inmortalidad inmovilizo inmueble inmuebles inmunes inmunidad inmunologica inmutable inn innecesaria
        innecesarias innecesario innecesarios innova innovacion innovaciones innovador innovadora innovadores innovar
        inntienen innumerables inobservancia inocencia inocente inocentes inocular inocularle inofensivos inolvidable
        inoperantes inquiere inquieta inquietas inquieto inquietos inquietud inquietudes inquilinaria inquilino
        inquilinos inquina inquisicion insaciable insalvables inscribe inscribio inscribir inscribirse inscripcion
        inscripciones inscrita inscritas inscrito inscritos insecticida insecto insectos inseguridad insen insensatez
        inservibles insiders insidiosos insignia insignificante insinua insinuo insipidos insista insiste insisten
        insistencia insistente insistia insistian insistieron insistio insistir insistira insistire insistirse
        insististe insisto insolito insospechado inspeccion inspeccionaba inspeccionado inspecciones inspector
        inspectores inspiraba inspiracion inspiraciones inspirada inspirado instala instalacion instalaciones
        instalada instaladas instalado instalados instalamos instalan instalando instalar instalara instalaran
        instalarlo instalarlos instalaron instalarse instalen instalo instancia instancias instandolos instantanea
        instantaneamente instante instantes instara instaurada instinto institucion institucional institucionales
        institucionalizar institucionalmente instituciones instituida instituir institute instituto institutos
        instituya instituyan insto instruccion instrucciones instructor instructora instrumentacion instrumentado
        instrumentados instrumental instrumentar instrumentaran instrumentistas instrumento instrumentos instruments
        instruye instruyo insubordinacion insubstancial insuficiencia insuficiente insuficientes insulta insultaba
        insultando insulte insulto insultos insumo insuperable insurgencia insurgentes insurreccion intachable intacta
        intactas intacto integra integracion integracionista integrada integradas integrado integrados integral
        integrales integramente integran integrante integrantes integrar integrara integraran integraria integrarlo
        integrarlos integraron integrarse integridad integristas integro intel intelectual intelectuales
        intelectualmente inteligencia inteligente inteligentes intempestivamente intempestivo intencion intencionado
        intencional intencionales intenciones intensa intensamente intensas intensidad intensificado intensificando
        intensificar intensifico intensifiquen intension intensivamente intenso intensos intenta intentaba intentaban
        intentado intentamos intentan intentando intentar intentara intentaran intentare intentarlo intentaron intento
        intentos inter interaccion interaciones interactiva interactivo interamericana interbancaria interbancarias
        interbancario intercambian intercambiando intercambiar intercambie intercambio interceder intercedido
        intercepcion interceptado interceptados intercomunicara interconexion interconstruido intercontinental
        intercostal intercostero interdependiente interdisciplinario interes interesa interesaba interesada
        interesadas interesado interesados interesan interesante interesantes interesara interesaria interesarme
        interesaron interescuadras interese interesen intereses interfase interferencia interfieran interfieren
        interfronterizo intergrupales interina interinato interinatos interino interior interiores interioridad
        interiormente interlocutora intermatrix intermedia intermediacion intermediaria intermediarias intermediario
        intermediarios intermediarista intermedio intermedios intermitentes interna internacional internacionales
        internacionalizacion internacionalmente internado internamente internarnos internaron internas international
        interno internos interpelo interponer interpreta interpretaba interpretacion interpretaciones interpretado
        interpretamos interpretan interpretando interpretandolo interpretar interpretara interpretaran interpretaremos
        interpretarlas interpretarse interprete interpreten interpretes interpreto interpuestas interpuestos interpuso
        interrelacionarse interrogada interrogado interrogados interrogante interrogar interrogo interrumpa interrumpe
        interrumpia interrumpido interrumpidos interrumpieron interrumpio interrumpir interrupcion interruptor
        interticket intervalos intervencion intervenciones intervencionismo intervendra intervenga intervengan
        intervenido intervenidos intervenir intervenirse interventores interviene intervienen interviniera
        intervinieron intervino intestino intima intimas intimate intimidad intimidados intimidando intimo intimos
        intolerable intolerancia intoxicacion intoxicados intoxicando intralox intramuscular intransigencia
        intransigentemente intrascendente intrascendentes intrincadas intrinseca introduccion introducido
        introduciendo introducir introduciran introducirles introducirse introductorio introdujera introdujeron
        introdujo introduzca introspectivo introvertido intrusion intuicion intuitiva inundacion inundaciones
        inundadas inundado inusitada inusitado inusual inutil inutiles inutilmente invadidas invadido invadieron
        invadio invadir invalidan invaluable invasion invasiones invencible invencion inventado inventando inventar
        inventario invente inventiva invento inverlat invermexico invernadero invernal inverosimil inversa inversion
        inversiones inversionista inversionistas invertia invertidas invertido invertidos invertimos invertir
        invertira invertiran invertiremos invertirian invertirla invertirle investidura investiga investigaban
        investigacion investigaciones investigado investigador investigadora investigadores investigados investigan
        investigando investigar investigara investigaran investigarse investigo investigue investiguen invicta invicto
        invictos invierno invierta invierte invierten invirtiendo invirtieron invirtio invisiblemente invita invitaba
        invitacion invitaciones invitadas invitado invitados invitamos invitan invitando invitar invitarlo invitaron
        invite inviten invito invocando involucra involucrada involucradas involucrado involucrados involucramiento
        involucran involucrar involucrarlo involucrarme involucrarse involucre involucro involuntario inyeccion
        inyectar inyecte inyecto ionizados ionizantes ip ipina ir ira iracheta iraheta iran irani iranies irapuato
        iraq iraqui iraquies iremos iria irian iriarte irigoyen irineo irlandes irlandeses irlos irma irme irnos
        ironia ironico ironizaba irracional irrealistas irrealizables irreconocible irrecuperable irredentos
        irrefutable irregular irregulares irregularidad irregularidades irrelevante irrelevantes irremisiblemente
        irrenunciabilidad irresoluto irresolutos irresponsabilidad irresponsable irresponsables irreversible irrita
        irritacion irritaciones irritado irritan irritantes irritarse irruga irse irte irvin isaac isabel isabela
        isaias isidro isla islam islamico island islandia islas isleno islenos isley ismael israel israeli israelies
        issste isssteleon istmo italia italiana italiano italianos itam itamaraty itesm itinerante itinerantes
        itinerario itinerarios itoloca itsmo itza iv iva ivan ivo iwai ix ixalapa ixcaquixtla izar izetbegovic
        izquierda izquierdas izquierdo iztapalapa izvestia j jaafar jaboneras jacinta jack jackeline jackie jackson
        jacobo jacobs jacques jactancio jacte jade jaguares jaguarundis jaibos jaime jalaba jalado jalando jalapenos
        jalar jalarse jale jalisciense jalisco jalo jalones jam jamaiquina jamas james jamon jana janeiro janice japon
        japones japonesa japonesas japoneses jaque jaramillo jardin jardineria jardinero jardines jarocha jarochas
        jarra jarro jarry jason jasso jaula javier jazz jazzista jc jcpenney jean jeans jefa jefatura jefaturados jefe
        jefes jeff jefferson jehova jerarcas jerarquia jeremie jeremy jerga jeronimo jersey jeses jesse jessica jesus
        jethro jetta jim jimenez jimmy jinete jinetear jinetes jingles jo joachim joao joaquin jobs joe joel john
        johnny johns johnson jol jolalpan jolopo jonas jones jonron jorge jornada jornadas joroba jorobas jose
        josefina joselito joseph jour journal joven jovencita jovencitas jovencito jovencitos jovenes jovial joya
        joyas joyera joyeria joyero joyeros joyitas jr juan juana juarez jubilado jubilados jubilo jubilosa judicial
        judiciales judio judios judith judoka jueceo jueces juega juegan juegas juego juegos juegue jueguen jueves
        juez jugaba jugaban jugada jugado jugador jugadoras jugadores jugados jugando jugar jugara jugaran jugaremos
        jugaria jugaron jugo jugosa jugue juguete juguetes juguetito juicio juicios julia julian julieta julio julius
        juncal junco jung junio junior junquia junta juntando juntar juntaron juntas junto juntos jurado juramentado
        juramentaron juramento juridica juridicamente juridicas juridico juridicos jurisdiccion juristas juro justa
        justice justicia justiciero justifica justificable justificacion justificada justificadas justifican
        justificando justificantes justificar justificara justificaran justificare justifico justifique justino justo
        justos juvenil juveniles juventino juventud juzgaban juzgada juzgado juzgador juzgados juzgar juzgarlo juzgue
        k kahlo kaiman kansai kantor kaoteng karam karate karcz kardex karen karina karl karla katheyn katia kaveh kay
        kb kbytes keldvsh kelly kelso kempes kenia keniano kenianos keniata kennan kennedy kenneth kenny kensington
        kent kentenich kenworth kerosina kevin key keynesianismo kg kgb khasbulatov kibeho kidman kiko kilo kilogramos
        kilometraje kilometro kilometros kilos kim kima king kinshasa kipper kissinger kit km kmart knight ko koblenz
        koeman kong korshak kosovo krafchick kremlin kresak kretch krieger krill kristof kruger kruschev kubli
        kuehnheim kumate kuniaki kuperlmann kuramura kurdos kutugata kuwait kuwaiti kytty l la labastida laberinto
        labiche labor labora laboral laborales laborando laborar laboratorio laboratorios laborde labores laborioso
        laboro labra labrecque laconicos lacteos lada ladarse ladas ladatel ladera laderas ladino ladinos lado lados
        ladron ladrones lagerfeld lago lagos lagrimas laguera laguna lagunas lagunera laguneros laicos lajas lajous
        lake lala lamadrid lamarche lambisconeria lambreton lamen lamenta lamentable lamentablemente lamentables
        lamentaron lamento lamina laminadora laminas lamosa lamparas lana lanari lance lancen lancha lanchero landois
        landru lang langange langley lantana lantastic lanz lanza lanzaba lanzada lanzadas lanzado lanzador lanzadores
        lanzagranadas lanzamiento lanzamientos lanzar lanzara lanzaran lanzaron lanzarse lanzo lapiz lapso lara lareau
        laredo laredos lares larga largamente largas largo largometraje largometrajes largos larguirucho larguisimo
        larios larralde larry las lascivo laser lasercard laseres lasser lastima lastimada lastimadas lastimar
        lastimeramente lata latas latente lateral laterales lateralidad latido latin latina latino latinoamerica
        latinoamericanas latinoamericano latinoamericanos latinos latitudes laton laudos laudrup laura laureano lauren
        laurence laurent lava lavacoches lavaderos lavado lavadora lavalle lavan lavar lavarlo lavercombe lavolpe
        laxitud layla lazaro lazcano lazo lazos le leal leales lealtad lease leblanc leccion lecciones leche lecheria
        lechero lecho lechuga leckie lecomte lector lectores lectura lecturas ledezma ledo lee leeds leen leer leeran
        leerlo legado legal legales legalidad legalizar legalizo legalmente legar legendario legisla legislacion
        legislador legisladora legisladores legislan legislar legislativa legislativas legislativo legislativos
        legislatura legislaturas legisle legislen legista legitima legitimadefensa legitimamente legitimidad legitimo
        legorreta legra leguas legue legumbres lehnert lei leia leida leido lejana lejanas lejano lejanos lejos lema
        lemas lemus lena lenceria lendl lenero lengua lenguaje lennard lenny lenta lentamente lentejuela lentejuelas
        lentes lentitud lento lentos leo leon leonard leonarda leonardo leones leonor leopoldo leotardos leoz lerma
        lermas lerna leroux les lesbianas lesion lesiona lesionada lesionadas lesionado lesionados lesionan lesionando
        lesionar lesiones lesiono lessing letal letales leticia letra letras letrero letreros letrina letrinas
        letrista lett leucemia levanta levantaba levantada levantado levantados levantamiento levantando levantandose
        levantante levantar levantaran levantaras levantarme levantaron levantarse levante levanten levanto levati
        leve levemente leves levin levitico levy ley leyenda leyendas leyendo leyeron leyes leyo leyva lianas libanes
        libanesa libano libera liberacion liberada liberado liberal liberales liberalismo liberalizacion liberalizar
        liberan liberar liberara liberarlo liberaron liberia libero libertad libertades libertador libertario
        libidinosamente libidio libramiento libran librando librara librarla librarse librarte libras libre librerias
        libres libreta librito libro libros lic licea licencia licenciado licencias licenciaturas licha licitacion
        licitaciones licitara licito liconsa licor licuada lid lider liderato liderazgo liderazgos lidereados liderear
        lideres lideresa lideresas lidia lidiado lidiaron lidice lidio lido lienzo liera lievin lifane life liga
        ligados ligamayorista ligamento ligar ligarde ligaron ligas ligera ligeramente ligeras ligereza ligero light
        ligne ligo ligue liguilla liliana lima limar limita limitaba limitaciones limitado limitados limitan limitar
        limitara limite limited limites limito limitrofes limits limon limonada limosine limosna limosnita limpia
        limpiamente limpiando limpiaparabrisas limpiar limpiaron limpias limpieza limpio lina linares linces linchar
        lincoln linda linduras line linea lineal lineamiento lineamientos lineas lineker liner ling lingada linterna
        lios liquidacion liquidaciones liquidar liquidara liquidez liquido liquidos lira lisa lista listado listados
        listas listo liston listos literalmente literaria literarias literarios literatos literatura litigios litoral
        litorales litro litros livas liverpool livestock liviano llaguno llama llamaba llamaban llamada llamadas
        llamado llamados llamais llamamiento llamamos llaman llamando llamar llamara llamaria llamarian llamarlo
        llamarnos llamaron llamarse llamas llamativa llamativas llamativos llame llamen llamo llanamente llanas llanes
        llano llanos llanta llantas llanto llave llaveros llaves lle llega llegaba llegaban llegada llegadas llegado
        llegados llegamos llegan llegando llegar llegara llegaran llegare llegaremos llegaria llegarian llegaron
        llegarse llegas llego llegue lleguemos lleguen llena llenado llenan llenando llenar llenara llenarla llenarlas
        llenaron llenarse llenas lleno llenos llergo lleva llevaba llevaban llevada llevadas llevado llevados llevamos
        llevan llevando llevandolos llevandose llevar llevara llevaran llevaria llevarian llevarla llevarlas llevarle
        llevarlo llevarlos llevaron llevarse llevarselo llevas llevase lleve llevelo lleven llevo llora lloraba lloran
        llorando llorar llorare lloro llorosa llosa llover lloviendo llovio llovizna lloviznas llueva llueve llueven
        lluvia lluvias lluvioso lluviosos lmkf lo loable loaeza lobeira lobo lobos lobulo loca locacion local locales
        localice localidad localidades localiza localizacion localizada localizadas localizado localizados localizar
        localizara localizaron localizo localmente locka loco locos locura lodazal lodo lofton logica logicamente
        logico logo logotipo logra lograba lograban lograda logradas logrado logrados logramos logran logrando lograr
        lograra lograran lograremos lograrlo lograron lograrse logre logren logro logrones logros lolita loma lomas
        lombardo lomeli lomos lona lonche lonches londinense londres longevo longitud longoria lope lopez
        lopezfigueroa lopezportillista loredo lorena lorenzo loreto los losada lote loteria lotes lotus louis
        louisiana lourdes lover loya loyola lozano lsqb ltd lubricacion lucas luce lucen lucero luces lucha luchaba
        luchado luchador luchadores luchando luchar luchara lucharon luchas lucho lucia luciano lucidamente lucido
        luciendo lucieron lucila lucimiento lucio lucir lucrar lucro luctuosas ludica ludicos ludmila luego lueguito
        luevano lugar lugares lugo luis luisa luiz lujo lujos lujoso lumbreras luminosas luminosidad luminoso
        luminotecnicos luna lunar lunaticos lunes luneta lupe lupercio lupita lupulo lusinchi lutero luto luviano
        luxemburgo luz luzcan luzon lwdvig lydia lynch lyon m ma mac macabro macartismo macedonia macedonio machado
        machetero machiria machismo machista macho machuca macias macintosh macizo macotela macroeconomica
        macroeconomicas macroplaza macropolis macumba madamme madariaga madeja mademoiselle madera maderamenes maderas
        madero madrazo madre madres madrid madrigal madril madrilenas madrileno madrilenos madrina madrinas madrugada
        madura maduracion madurar madure madurez maduro maduros maestra maestras maestria maestrias maestro maestros
        mafia mafiosos magala magana magdalena magia magic magica magicas magico magisterial magisteriales magisterio
        magistrado magistrados magistral magistrales magistralmente magma magna magnesia magnetica magneticamente
        magneticas magneticos magneto magnetometro magnifica magnificas magnificencia magnifico magnificos magnitud
        magno magnolia magnum magotteaux mague mahoney mahony maiz majaderia majadero majdel majestad majestuosas
        majestuosidad majestuoso maksim mal mala malagon malas malcolm malcriada maldad maldades maldicion maldiciones
        maldito maldonado maleantes males maletas malicia maligna malignas malignidad maligno malinche malinchista
        malintencionada malla mallas malo malograrlas malos malta maltratado maltratados maltrato maltrecha malva
        malvada malvavisco malversacion malversaciones malvivientes mama mamas mamiferos mamilas mamparas mana
        management manager managers manana mananas manazos mancha manchada manchar manchas mancillados mancomunada
        mancuso manda mandadas mandado mandamiento mandamientos mandamos mandan mandar mandara mandariamos mandarinas
        mandarlas mandarlo mandaron mandatario mandatarios mandato mandatos manden mandibula mandibulas mandilones
        mando mandos mandril maneja manejaba manejable manejada manejadas manejado manejador manejadores manejados
        manejamos manejan manejando manejar manejara manejaron manejarse maneje manejen manejes manejo manejos manente
        manera maneras manga manganas mangas manglares manguera manhattan mania maniatar manieristas manifestaban
        manifestacion manifestaciones manifestada manifestadas manifestado manifestantes manifestar manifestaran
        manifestaron manifestarse manifesto manifiesta manifiesto manifold manila maniobra maniobras manipulacion
        manipulado manipular manita manjar manjarrez manneck mano manolita manolo manos manosamente manotas manrique
        manriquez mansedumbre mansion mansiones manso mansos mansur mantas mantendra mantenemos mantener mantenerlas
        mantenerlo mantenerlos mantenerme mantenernos mantenerse mantenga mantengan mantenia mantenidas mantenido
        manteniendo manteniendose mantenimiento mantiene mantienen manto mantuvieron mantuvo manu manual manuales
        manualidades manuel manufactura manufacturar manufacturera manufactureros many manzana manzanas manzanillo
        maoista maoistas mapa mapas mapinfo maqueta maquilada maquilador maquiladora maquiladoras maquilados maquilas
        maquillado maquillaje maquillarlas maquina maquinaria maquinas maquinista mar mara maradona maraldo marasmo
        maraton maravilla maravillando maravillosa maravillosamente maravillosas maravillosos marc marca marcaba
        marcacion marcada marcadas marcado marcador marcadores marcan marcando marcar marcara marcaron marcas marcela
        marcelino marcelo marcha marchado marchan marcharian marcharon marcharse marchas marche marcho marcial
        marciano marcio marco marcos marcus marcusse mareadas maremoto mares marfil marga margain margaret margaretha
        margarita margen margenes margina marginacion marginaciones marginadas marginados marginal marginara margino
        marguerite margules mari maria mariachi marian mariana marianas mariani mariano marianos mariateguista maribel
        maricela maridito marido maridos marie mariela mariguana marihuana marijo marilyn marin marina marinas
        marinera marineros marino marinos mario marion marionetero mariposas mariscal mariscales marisma marissa
        marita maritima maritimo marketing marley marlines marlon marmol marque marques marquesina marquez marquis
        marranos marsalis marshal marshall mart marte martellotto martens martes martha marti martillo martin martinez
        martinica martiniques martires martirio marv marx mary maryland marzo mas masa masaaki masacre masakre masas
        mascadas mascara mascaras mascota mascotas masculina masculino masiva masivamente masivas masivo masivos
        masoquismo mass massa massacessi massachusetts massachussets massachussetts massieu masso masterd masturbacion
        mata matado matador matadores matamoros matando matanzas matar mataran mataria matarla matarlo matarme
        matarnos mataron matarse mate matematica matematicas matematico maten mateo mateos mater materia material
        materiales materializarse materias materna maternal maternidad matias matices matilde matinee matizada mato
        matorrales matos matriarcado matrices matricula matriculen matrimonial matrimoniales matrimonio matrimonios
        matrix matriz matt matthew matutina matutino maurice mauricio mauro max maxi maxima maxime maximiliano maximo
        maximos maximova may mayas mayela mayito mayo mayon mayonesa mayor mayoreo mayores mayoria mayorista
        mayoristas mayoritaria mayoritario mayoritarios mayos mayran mays mayuscula mayusculas mayusculo mayweather
        maza mazatlan mazatleco mc mcallen mccann mcdonalds mcdowell mcenroe mcgregor mckesson mcleod md me mea meat
        mecanica mecanico mecanicos mecanismo mecanismos mecenazgo medalla medallas medallista medallon medellin media
        mediacion mediadora mediados mediahermana mediana medianas mediano medianoche medianos mediante medias mediata
        medica medical medicamentos medicas medicina medicinales medicinas medicion mediciones medico medicos medida
        medidas medido medievales medina medio mediocampista mediocampistas mediocre mediocres mediocridad mediodia
        mediohermano medios medir medira mediran medirse meditacion meditado medite mediterranea mediterraneo medrano
        medugorie medula medusia mefistofeles megabits megabytes megahertz mejia mejilla mejillas mejor mejora
        mejorada mejorado mejorados mejoramiento mejoran mejorando mejorar mejorara mejoraran mejorarle mejorarlos
        mejoras mejore mejores mejoria mejrar melanoma melchor mele melendez melgar melian melisa mella mellizos mello
        melodia melodica melon melquiades membretado membrete memo memorable memorandum memoria memorias memorizar
        mena menagier menchu mencion menciona mencionada mencionadas mencionado mencionados mencionan mencionar
        mencionare mencionaremos mencionaron mencione menciones menciono mendez mendigo mendiomas mendoza menem
        meneses mengano menguadas meninges meningitis meningoencefalitis menopausia menopausica menor menores menos
        menosprecian menospreciarnos menotti mensaje mensajeria mensajes mensual mensuales mensualidades mensualmente
        menta mental mentales mentalidad mentalidades mente mentha mentimos mentir mentiras mentirosas mentiroso
        mentor mentores menu menudeo menudo mera meramente mercadear mercadeo mercader mercaderes mercado mercados
        mercadotecnia mercadotencia mercancia mercancias mercante mercantes mercantil mercantiles mercantilista
        mercedes mercomun mercosur mercurio merece merecedor merecedores merecen merecerlo merecia merecida merecido
        merecimientos merecio merengue merengues merezcan merge merida merito meritorio meritos merlene merlis merman
        mermeladas mero merrill mes mesa mesas mese meseros meses mesianica mesilla mesoamericana mesoamericanas
        mesoamericano mesoamericanos mestre meta metabolismo metafisica metafora metal metalero metales metalica
        metalico metalicos metallica metamucil metan metano metas metate mete meten meteorito meteorologica
        meteorologico meteorologicos meteoros meter meterle meterlo meternos meterse meti metian meticulosamente
        metido metidos metiendo metiera metio metodista metodo metodologia metodologias metodos metrallas metralleta
        metralletas metricas metro metrologia metropoli metropolitana metropolitano metropolitanos metrorrey metros
        metternich metzelaars mexica mexicali mexican mexicana mexicanas mexicanidad mexicanismo mexicano mexicanos
        mexicas mexicayotl mexico mexicoestadounidense mexiconorteamericanos mexicoqueretaro mexinox mexiquense meyer
        meza mezcal mezcla mezclada mezcladas mezclado mezclar mezclilla mezclo mezquinas mezquino mezquinos mezquital
        mg mi mia miami mich michael michel michelle michoacan michoacanazo michoacano michoacanos mickey mico micosis
        micro microbus microbuses microcomputadoras microelectronics microempresa microempresario microempresarios
        microempresas microfono microindustriales microprocesador micros microsoft microsystems middletown mide
        midieron midio mie miedo miedos miel mielenizacion miembro miembros mientan miente mientras mier miercoles
        migajas migdalia mignon migracion migraciones migrante miguel miguelito mijail mijares mike mil milagro
        milagros milagrosos milan milanes mildred mile milenios miles milesimas mililitros milimetros milita militan
        militancia militante militantes militar militares militarizacion militarizada milla millar millares millas
        miller milli millon millonarias millonario millonarios millones milmo milton mima mimi mimiahuapam mimica min
        mina mindes minera mineral minerales mineros minerva minesota mini minibuses minicomputadoras minicumbre
        minilab minima minimas minimizando minimizar minimo minimos ministerial ministerio ministro ministros
        minisubmarinos minivolei minivoleibol minnesota minor minorias minoristas minoritaria minoritarios mintio
        minton mintonette minuciosa minusculos minusvalia minusvalidos minuta minuto minutos mio miocardio miopia mios
        mira miraba mirada miradita mirador miragoane mirale miramon miramontes miranda mirando mirar miras miravalle
        mire mireles miren mireya miriam mirielle miro miroslava mirren mis misa misas miscelanea miserables miseria
        misericordiosos mishima mision misionero misiones misma mismas mismo mismos miss missael missisipi mississippi
        missouri misterio misterios misteriosa misterioso mistico mit mitad mitades mitica mitico mitigantes mitin
        mito mitologia mitologico mitos mitotes mitras mitsukoshi mitterrand mitzy mixtas mka mnp moais moare
        mobiliario mobutu moca mochila mochilas mochis mocion moctezuma moda modales modalidad modalidades modas mode
        modelo modelos modem modera moderacion moderada moderado moderados moderna modernas modernicen modernidad
        modernismo modernizacion modernizada modernizador modernizar modernizarla modernizarse moderno modernos
        modesta modestas modestia modesto modestos modifica modificacion modificaciones modificada modificadas
        modificados modificando modificar modificarse modifico modista modo modos modulada modular modulo modulos
        moises mol moldeado moldearon mole molesta molestada molestados molestan molestar molestaran molestarse
        moleste molestia molestias molesto molestos molida moliere molina molino moll mollejas molones mombasa
        momentanea momentaneamente momentaneo momento momentos monarca monarquia monarquica monas moncada monclova
        mondongo moneda monedas monederos monetaria monetarias monetario monica monipodio monitor monitoreo monitoreos
        monitores monjaras monjaraz monjas monk mono monogollas monolito monoplaza monoplazas monopolio monopolios
        monoxido monroy monsivais monstruosidad monstruosos monta montada montado montaje montajes montalban montalvo
        montana montanas montando montano montar monte monteleone montemayor montemorelos monten montepios montera
        montero monterrey monterreynuevo monterrubio montes montgomery months monticulo montiel monto monton montos
        montoya montreal montura monumental monumentalidad monumento monumentos moodys mor mora morada morado moraes
        moral morales moralidad moralistas moralizacion moralizarse moralmente moranchel moratoria morbilidad morbosa
        morbosos mordida mordidas mordiendo mordiscos morelenses morelia morell morelos morena morenas morenitos
        moreno moresa morgan moria morillo morin morir morirse moron morones moroso morozoff morris morrison morros
        mortal mortem moruecos mos moschino moscovita moscu mosquito mostaza mostraba mostraban mostrada mostrado
        mostrando mostrandome mostrandose mostrar mostrara mostrarle mostrarles mostrarlo mostraron mostrarse mostro
        mota moteles motiva motivacion motivacional motivacionales motivaciones motivado motivador motivante motivar
        motivaran motivarlas motivarlo motivarlos motive motivo motivos moto motocicleta motociclismo motociclista
        motociclistas motocross motolinia motor motorenwerke motores motors motos motriz mountain mouse moussavi
        movamos mover movere movernos moverse movian movida movido moviendo moviendose movieron movil moviles
        movilidad moviliza movilizacion movilizaciones movilizar movilizo movimiento movimientos movio moya moyobamba
        moyssen moza mozart mozo mozos mr mstislav mtito mtley mu mucha muchacha muchachas muchacho muchachos muchas
        muchedumbre muchisima muchisimas muchisimo muchisimos mucho muchos muda mudanza mudara mudarse mueble muebles
        mueca muelle muelles muera muerdago muere muerta muertas muerte muertes muerto muertos muestra muestran
        muestrario muestras muestre muestren muestreo mueve mueven mugre muguerza muguiro mujer mujercita mujeres mula
        mulato muleta muletas muletazos mulino mulitas muller multa multadas multado multados multar multas multichip
        multicolor multiculturalismo multilateral multilaterales multimedia multimedios multimillonariamente
        multimillonario multimillonarios multimodal multinacionales multipanel multiple multiples multiplicacion
        multiplicado multiplicar multiplicaron multiplicarse multiplico multipliquen multiplos multitarea multitud
        multitudes multitudinaria mundanales mundial mundiales mundialista mundialmente mundillo mundo mundos mundy
        muneca munguia munich municipal municipales municipe municipio municipios muniz munoz mural muralismo murat
        muriendo muriera murieron murillo murio muro muros muscular musculares musculo museo museografia museografo
        museos museum music musica musical musicales musico musicos muslo muslos mussa musset mustang musulman
        musulmana musulmanas musulmanes mutacion mutilados mutua mutualidad mutualista mutuamente mutuas mutuo muy
        muzquiz my myers mystic n na nabor nace nacen nacer nacho naci nacida nacido nacidos naciera nacieran nacieron
        nacimiento nacimos nacio nacion nacional nacionales nacionalidad nacionalista nacionalizacion nacionalizada
        naciones nada nadador nadadores nadando nadar nadie nadores nafin nafinsa nafta naftacorporation nagoya nahuas
        nailon nairobi naju nancy nandin napoleon napoles naranja naranjas naranjo narco narcoanalisis narcos
        narcotraficante narcotraficantes narcotrafico nariz narozhilenko narra narrado narrador narran narrativa
        narrativo narro nasa nasal nasales nat nata natacion natal natalicio natalie natalio nate national nativa
        nativas natividad nativo nativos nato natural naturales naturaleza naturalmente nature naturista naucalpan
        naufragaron naufragio naufragios naufrago nautico nauticos nava navaja navajas navajazo navajearon naval
        navales navarrete navarro nave naveda navegacion navegar naves navidad naviera navieras navieros navio navios
        navismo navista navojoa nayarit nazis nbc near neblina necaxa necaxistas necedad necesaria necesariamente
        necesarias necesario necesarios necesidad necesidades necesita necesitaba necesitabamos necesitaban necesitado
        necesitamos necesitan necesitara necesitaran necesitaria necesitarian necesitarlas necesite necesiten necesito
        necia necrofilo nedda nefasto nefrologia negaba negaban negada negado negando negar negara negarla negarle
        negaron negarse negativa negativamente negativas negativo negativos negligencia nego negocia negociables
        negociacion negociaciones negociada negociado negociador negociadora negociadores negociando negociantes
        negociar negociarian negociarlo negociaron negociazo negocio negocios negra negras negrete negro negromex
        negroponte negros nehru neil nejedly nelson neofito neografica neoleones neoliberal neoliberales
        neoliberalismo neoloneses neomexicanismo neon neopopulistas neoproteccionista neosectores neoyorkina
        neoyorkino neoyorquina neoyorquinas neoyorquino nepotas nepotismo neptuno nereus neri neruda nerviosa
        nerviosas nerviosismo nervioso nerviosos nestle nestor neta netamente netas neto netos network neumologia
        neumonia neurastenia neurobiologo neurocirujanos neurologia neurologicas neurologico neurona neuronales
        neuronas neurosis neutral neutralizar neutro neutros neuville nevando new newagers newagismo newport newquist
        news newsweek newton nexos next nextstep ney neza nfl nhra ni nicaragua nicaraguense nicho nichols nichos
        nickin nico nicola nicolas nicole nidas nido nidos niebla niega niegan niegue nieguen nieta nietecita nieto
        nietos nieve nieves nikko nilda nina ninas ninez ningun ninguna ninguno nino ninos nipon niquel nironenko
        nirvana nisperos nissan nissho nitrogeno nivea nivel nivelar niveles nixon nl no nobel nobilisimo noble
        nobleza nocaut nocauts noche nochebuena noches nocion nociones nocivas nocivo nocturna nocturnas nocturno noe
        nogalar nogales nolte nomas nombra nombradas nombrado nombrados nombramiento nombramientos nombrar nombraria
        nombrarlos nombre nombren nombres nombro nomina nominacion nominaciones nominada nominado nominados nominal
        nominales nominara nonagenario nopales noquear noqueara nora norah noratlantico norberta norberto norcarolinos
        norcoreano noreste norestense norias noriega norma normal normales normalidad normalmente normandia normar
        normas normatividad norme noroccidental norris norte norteamerica norteamericana norteamericanas
        norteamericano norteamericanos nortena nortenas norteno nortenos northern norwick nos nosocomio nosotras
        nosotros nostalgias nota notable notablemente notables notado notamos notar notaria notariado notario notas
        noticia noticias noticiero noticiosa noticiosos notificacion notificado notificar notificaran notificarle
        notificaron notifico notimex noto notoria notoriamente notorias notorio nova novacek novar novatas novatez
        novato novatos novedad novedades novedosas novedoso novedosos novel novela novelas novelista novell novena
        novenas noveno novia novias noviazgo noviembre novillada novilladas novillero novilleros novillo novillos
        novio novios novisimo novoa nox noyola np npp nt ntx nube nubla nublados nuca nucleado nuclear nucleo nucleos
        nudillos nudos nueces nuera nuestra nuestras nuestro nuestros nueva nuevamente nuevas nueve nuevo nuevoleones
        nuevoleonesa nuevoleoneses nuevos nuff nui nula nulas nulo numerales numeralia numerica numeritos numero
        numeros numerosa numerosas numerosos nunca nunciatura nuncio nunez nunn nupcial nupcias nuremberg nurser
        nutricion nutrientes ny nye nylon nyrup nyt o oajaca oaxaca oaxaquenas obdulia obdulio obedece obedecen
        obedecer obedecerlo obedecia obedecian obedecio obediencia obispado obispo obispos objeciones objeta objetar
        objetare objetiva objetividad objetivo objetivos objeto objetos obliga obligaba obligaban obligacion
        obligaciones obligada obligado obligados obligan obligando obligandolo obligar obligara obligaria obligarian
        obligaron obligatoria obligatoriamente obligatoriedad obligatorio obligatorios obligo obligue oboe oboistas
        obra obrador obran obrar obras obregon obrera obrero obreros obscena obscenas obscenos obscurece obscuro
        obscuros obsequian obsequiar obsequiarle obsequiaron obsequio observa observaba observaban observable
        observacion observaciones observada observadas observado observador observadora observadores observamos
        observan observancia observando observar observaron observe observo obsesion obsesionado obsesionarse
        obsesione obsesiones obsesiva obsidiana obsolescencia obstaculiza obstaculizacion obstaculizado obstaculo
        obstaculos obstante obstinacion obstinado obstine obstruccion obtencion obtendra obtendran obtener obtenerla
        obtenerlas obtenerse obtenga obtengan obtengo obtenia obtenida obtenidas obtenido obtenidos obteniendo obtiene
        obtienen obtuviera obtuvieron obtuvimos obtuvo obuses obvia obviamente obvio oca ocampo ocasion ocasiona
        ocasionadas ocasionado ocasionados ocasionalmente ocasionar ocasionara ocasionarle ocasionaron ocasionarse
        ocasiones ocasiono occidental occidentales occidente occipital occisa occiso occisos oceania oceanica oceanico
        oceano oceanos ocejo oceransky ochenta ochentas ocho ochoa ochos ochosi ocio ocremente octava octavio octavo
        octubre oculta ocultaba ocultar ocultaron ocultas oculten oculto ocultos ocupa ocupaba ocupaban ocupacion
        ocupacional ocupada ocupado ocupados ocupan ocupantes ocupar ocuparon ocuparse ocupen ocupo ocurra ocurran
        ocurre ocurren ocurrencia ocurria ocurrida ocurridas ocurrido ocurriendo ocurrieron ocurrio ocurrir ocurriran
        odio odisea odriozola oea oecd oeste of ofelia ofende ofenden ofender ofendera ofendidas ofendido ofendio
        ofensa ofensiva ofensivas ofensivo ofensivos oferentes oferta ofertas oferto officio oficial oficiales
        oficialia oficialista oficializar oficializo oficialmente oficiaria oficina oficinas oficinesco oficio
        oficiosas ofrece ofrecen ofrecer ofrecera ofreceran ofrecere ofreceria ofrecerla ofrecerle ofrecerles
        ofrecerlo ofrecia ofrecian ofrecida ofrecidas ofrecido ofrecidos ofreciendo ofreciera ofrecieran ofrecieron
        ofrecimiento ofrecimientos ofrecio ofrendas ofrezca ofrezcan ofrezco oftalmologia oh ohio oido oidos oiga
        oigame oimos oir ojala ojales ojeda ojeras ojo ojos ojuelos oklahoma ola olacyr olas olaya ole olea oleaginoso
        oleaginosos oleaje oleo olga oligopolio olimpiadas olimpica olimpico olimpicos olimpo olivares olivas oliver
        olivera oliveras oliverio olivia olivier olivo ollas olloqui olmedo olor olores olvera olvida olvidada
        olvidadizo olvidado olvidamos olvidan olvidando olvidandose olvidar olvidaron olvidese olvido oman omana omar
        omb ominoso omiso omiten omitir omito omnibus omnimax onate once onceavo oncena onda ondarza ondas one onix
        ontario ontiveros onu onzas opa opalos opcion opcionado opcional opciones opera operaba operacion
        operacionales operaciones operada operadas operado operador operadora operadoras operadores operados operan
        operando operar operara operaria operarios operas operation operativa operativas operativo operativos operen
        opina opinaban opinar opinas opinen opinion opiniones opinionfinanciera opino opondra opone oponen oponentes
        oponga opongo oponiamos oportuna oportunamente oportunidad oportunidades oportuno oposicion opositor
        opositores oprimir opta optaba optar optarse optativo optica opticas optico optimismo optimista optimistas
        optimizacion optimizar optimo opto opuesta opuesto opuestos opusieron or oraciones orador oral oralia
        oralmente oramos orangutan orangutanes oraria orbe orbita orbitar orco ordas ordaz orden ordena ordenaban
        ordenada ordenadas ordenado ordenamos ordenar ordenaras ordenaron ordene ordenen ordenes ordeno ordiales
        ordinaria ordinario ordonez orduno orea oregon oreja orejas orejeras orfebres organicas organice organismo
        organismos organiza organizacion organizacional organizaciones organizada organizadas organizado organizador
        organizadora organizadoras organizadores organizados organizamos organizan organizando organizar organizara
        organizaria organizaron organizarse organizativa organizo organo organos orgasmico orgasmo orgia orgullo
        orgullosa orgullosamente orgulloso orgullosos oriana orienta orientacio orientacion orientada orientadas
        orientado orientadoras orientadores orientados oriental orientales orientan orientando orientar orientarte
        oriente origen origenes origina originada originadas originado originados original originales originalidad
        originalmente originan originando originar originara originario originarios originarla originaron origine
        origino orilla orillando orillar orillas orillo orina orinar orioles orishas orizaba orlando ornelas ornellas
        oro oroinia oropel oropeza orozco orozquiana orquesta orquestas orta ortega ortigoza ortiz ortodoxa ortodoxas
        ortodoxia ortografia ortopedia orven orwell os osadia osados osaka osasuna oscar oscila oscilaba oscilaciones
        oscilan oscura oscuras oscurecer oscuridad oscuro oscuros osorio osos osservatore ostensible ostensiblemente
        ostenta ostentar osuna osvaldo oswald oswaldo otaez otan ote oteando othon otila otilia otitis otono otorga
        otorgada otorgadas otorgado otorgados otorgamiento otorgan otorgando otorgar otorgara otorgaran otorgarle
        otorgarles otorgarnos otorgaron otorgo otorguen otra otras otro otrora otros ottawa ottey otto out outs
        ovacion ovacionada ovacionado ovacionados ovacionan ovacionarlo ovaciones ovaciono oval ovalle ovejas over
        ovidio oviedo ovoide ovulacion owen oxford oxida oxidando oxidar oxidos oxigeno oxxo oyen oyentes oyeran oyo
        oziel ozono p pa pabellon pabilos pablo pacheco pacho pachoneos pachuca paciencia paciente pacientes pacifica
        pacifico packaged packard paco pactada pactaran pacto padece padecemos padecen padecer padeciendo padecieron
        padecimiento padecimientos padilla padre padrecito padres padrino padro padron padrones paez pag paga pagaba
        pagadas pagado pagados pagamos pagan pagando paganismo pagano paganos pagar pagara pagaran pagarian pagarla
        pagarle pagarnos pagaron pagarte pagina paginas pago pagos pague paguen pais paisaje paisajes paisajista
        paisajistico paises paja pajaro pajaros pala palabra palabras palabreria palacetes palacio palacios paladar
        palanca palapa palas palau palazuelos palco palcos pale palencia palenque palenques paleros palestino
        palestinos palestra paletones palido palillo paliza palm palma palmas palmeras palmitos palo paloma palomas
        palomilla palomitas palomo palos palou palpable pam pamela pampas pamplona pan pana panacea panaderia panales
        panama panameno panamericana panamericanos pancarta pancartas pancho pancracio pancrasio pandilla pandillas
        pandilleril pandillerismo pandillero pandilleros panecillos panel paneles panes paniagua panico panista
        panistas panorama panoramicas panoramicos panque pantalla pantallas pantalon pantalones panteon panteones
        panteras pantorrilla pantro pants panuelos panzas paola papa papal papalotla papas papasquiaroa papel
        papeleria papelerias papeles papitas paquete paqueteria paquetes paquiro par para paraba parabolicas
        parabrisas paracaidas parada paradas parado paradojas paradojicamente parados paraestatal parafinas
        parafraseando parafrasis paraguay paraguayo paraiso paraje paralela paralelamente paralelas paralelismo
        paralelo paralelos paralisis paralitico paralizan paralizando paralizante paralizar paralizaron paralizo
        parametro parametros paran parando paraninfo parar parara pararme pararse paras parcial parciales parcialidad
        parcialmente parece parecemos parecen parecer pareceria parecerian parecerse parecia parecian parecida
        parecidas parecido pareciendo parecieron pareciese parecio pared paredes pareja parejas parejos paremos
        parentesis pares parezca parga pariente parientes parietal paris parisino park parkas parker parlamentaria
        parlamentarias parlamentario parlamentarios parlamento parm parmista paro parodiando paros parpados parque
        parquedad parques parquimetrero parquimetro parquimetros parra parrafo parranda parricidas parricidio parrilla
        parroco parroquia parroquiales parroquiano parroquias parsons parte parteaguas parten partes participa
        participaba participaban participacion participaciones participado participamos participan participando
        participante participantes participar participara participaran participarian participaron participativos
        participe participen participes participo particular particulares particularmente particulas partida
        partidaria partidario partidarios partidas partidazo partidero partidistas partido partidos partiendo partiera
        partieron partio partir partira partiran parto partos parturienta parvada pasa pasaba pasaban pasacassettes
        pasada pasadas pasado pasadores pasados pasaje pasajera pasajeros pasajes pasamayo pasamos pasan pasando
        pasante pasaporte pasar pasara pasaran pasarela pasarelas pasaria pasarian pasarle pasarles pasaron pasarse
        pasatiempo pascal pasco pascua pascual pascuense pase pasean pasear pasearon pasele pasen paseno paseo paseos
        pases pasillo pasillos pasion pasional pasiones pasiva pasivo pasivos paso pasos pasquinal passarella pasta
        pastillas pasto pastor pastora pastoral pastoriza pata patadas patas pateadores patearon patentara patentarlo
        patente patentes paternal paternalismo paternalista paternalistas paternos pateticamente pateticos path
        patinamos patinazo patino patio patito pato patologico patos patria patriarca patriarcas patricia patricio
        patricios patrick patrimonial patrimoniales patrimonio patrio patrios patriot patrocinada patrocinado
        patrocinador patrocinadores patrocinio patron patrona patronal patronales patronato patrones patrulla
        patrullas patrulleros patty paty paul paulatina paulatinamente paulatino paulina paulino paullada paulo pausa
        pausada pausadamente pausas pauta pavimentacion pavimentada pavimentado pavimentados pavimentar pavimento
        pavor payan payasadas paz pc pclab pdcc pdm peabody peaje pearl peatones pecado pecador pecadores pecaminosa
        pecara pece peces pechera pecho pecina pectoral pectorales peculiar peculiares peculiaridad peculiaridades
        pedagogia pedagogica pedagogicas pedagogicos pedalista pedalistas pedazos pedia pedian pediatra pediatria
        pediatrica pedida pedido pedidores pedidos pedimento pedimentos pedimos pedir pedira pediran pedire pediria
        pedirle pedirles pedirlo pedomo pedrada pedradas pedraza pedreras pedreria pedrin pedro pega pegada pegado
        pegamento pegando pegar pegaran pegarle pegaron pego pegote pegotes pegue peinado peino pelado pelaez pelar
        peldanos pele pelea peleado pelean peleando pelear peleara pelearan pelearon peleas peleen peleles peleo
        pelicula peliculas peligro peligros peligrosa peligrosamente peligrosas peligroso peligrosos pelletier pello
        pelo pelos pelota pelotero peloteros peloton peluche peluquerias pemex pena penal penales penalidad penalmente
        penalty penas penascos pendiente pendientes pendleton penetracion penetrados penetran penetrante penetrar
        peniche peninsula peninsulares penitenciarios penn pennsylvania penoso pensaba pensabamos pensaban pensado
        pensadores pensamiento pensamos pensando pensantes pensar pensarse pensativa pense pensemos pensilvania
        pension pensionados pensiones penso pentagono pentathlon pentecostes pentotal penultimo penurias peor peores
        pepe peppers pequena pequenas pequenisima pequenisimo pequenita pequeno pequenos per perales peraza percance
        percances percata percatado percatarse percato percepcion percepciones perciban percibe perciben percusiones
        percusionistas perdedores perdemos perder perdera perderan perderian perderla perderlo perdi perdicion perdida
        perdidas perdido perdidos perdiendo perdiera perdieran perdieron perdio perdomo perdon perdonarlos perdones
        perea perecieron pereda peregrina peregrinacion peregrino perenne pereyra perez perfeccion perfeccionamiento
        perfeccionar perfeccionarlo perfeccione perfectamente perfecto perfectos perfidiana perfil perfila perfilaba
        perfilan perfiles perfoliata perforacion perforado perforar performance pergaminos pericia periciales pericos
        periferica perifericas periferico perifericos perigord perillas perimetral periodicamente periodicas periodico
        periodicos periodismo periodista periodistas periodistica periodisticas periodistico periodo periodos
        perjudica perjudicada perjudicado perjudicados perjudican perjudicar perjudicara perjudicial perjudico
        perjuicio perjuicios perla perlas permanece permanecen permanecer permanecera permaneceran permaneceremos
        permanecia permanecian permanecido permaneciendo permanecieran permanecieron permanecio permanencia permanente
        permanentemente permanentes permanezca permanezcan permisibles permisionario permisionarios permiso permisos
        permita permitame permitan permite permiten permitia permitida permitidas permitido permitiendo permitiendole
        permitiera permitieron permitio permitir permitira permitiran permitire permitiria permitirian permitirles
        permitirse pernada perniciosas pernicioso pernocto pero perpetra perpetrada perpetrados perpetua perpetuan
        perpetuarse perplejidad perplejo perredista perredistas perro perros perry persecucion persecutoria
        persecutorias perseguida perseguidor perseguidores perseguidos perseguirlos persiga persiste persisten
        persistencia persistente persistir persona personaje personajes personal personales personalidad
        personalidades personalizar personalizarlo personalmente personas personifica personificara perspectiva
        perspectivas perspicacia persuadir pertenece pertenecen pertenecer pertenecia perteneciendo perteneciente
        pertenecientes pertenecieron pertenecio pertenencias pertiga pertinaces pertinente pertinentes perturba
        perturbacion perturbemos perturbo peru peruana peruano peruanos perversas perversion perversiones perversos
        pervivencia pesa pesadas pesadez pesadilla pesado pesados pesaje pesar pesas pesca pescadores pescados pese
        peseras peseta pesetas pesima pesimista pesimistas pesimo peso pesos pespuntes pesqueira pesqueria pesqueros
        pesticida pesticidas petate pete peter peticion peticiones petit peto petra petrel petroleo petroleos
        petrolera petroleras petrolero petroleros petrolizar petroquimica petroquimicas petrov peyote peza pfcrn pfcyp
        pfeiffer pgjdf pgr ph philip philippe phillips philos piales pianista piano pib picaba picado picadores pican
        picante pichardo pichichis pick pico picos pictorica pictoricas pida pidan pidas pide piden pidiendo
        pidiendoles pidieron pidio pido pie piedad piedra piedras piedrecita piedritas piel pieles pienda piensa
        piensan piense piensen pienso pierce pierda pierdan pierde pierden pierdo pierna piernas pierre pies pieza
        piezas pifia pigmento pigmentosa pila pilar pilares pilas pildora pildoras pillma pilon piloncillo piloteando
        piloteo piloto pilotos pimentel pina pinacoteca pinal pinaolayas pinas pinchado pinchazo pincho pino pinochet
        pinos pinta pintaban pintada pintadas pintado pintados pintan pintando pintar pintarlas pintarlo pintaron
        pintas pintor pintora pintores pintura pinturas pinzon pio pionera pionero pioneros pipa piquetes piramidal
        pirata piratas pirate pirateando piretro piri piropeado pirulina pisaba pisado pisando pisen piso pisos
        pisoteaban pisoteada pisoteando pisotear pisoteen pista pistas pistola pistolas pitas pitcheado pitcheo
        pitcher piti pito pitol pitoncitos pits pittsburgh pitufos pivote pizarro pizarron pizpireta pizuto pizza
        pizzas pjf placa placas place placemes placer placet placida placidamente placita plaga plagadas plagas
        plagiada plaguicidas plainfield plan plana planas planauto planchar planchara planchas planea planeaban
        planeacion planeada planeadas planeado planeados planean planeando planear planee planes planeta planetaria
        planificacion planilla planillas planiria plano planos planta plantaciones plantado plantados plantara
        plantaron plantas plantea planteada planteadas planteado planteados planteamientos planteamos plantean
        plantear plantearan plantearon plantearse plantee planteeles planteen plantel planteles planteo planton
        plantones plascencia plasma plasmado plasmar plasme plasmo plastas plastica plasticas plastico plasticos
        plastilina plata plataforma plataformas plataneras platanos platas plate plateadas plateas plateria platica
        platicaba platicabamos platicaban platicado platicamos platicando platicar platicas platico platillo platillos
        platinos platique plato plausibles playa playas playback playera playeras playtex plaza plazas plazo plazos
        plebiscito plegables pleitesia pleito pleitos plena plenamente plenaria pleno plomeria plomo pluma plumas
        plumones plural plusmarca plusmarcas plusvalia plutarco pluvial pluviales plymouth pn po poblacion poblacional
        poblaciones poblada pobladas poblado pobladores poblados poblano poblanos poblaron pobre pobres pobreza poca
        pocas pocho pochtecas poco pocos poda podamos podemos poder poderes poderio poderlas poderosa poderoso
        poderosos podia podiamos podian podido podra podran podras podre podremos podria podriamos podrian podrias
        poema poemario poemas poesia poeta poetico poetisa point pokar poker polanco polar polemica polemicas
        polemizan polen poleo policarpo policia policiaca policiacas policiaco policiacos policial policiales policias
        polifonia poligono polilla polinesico polinizacion polio poliomielitis politecnico politeista politeistas
        politica politicas politico politicos politiquero politologos poliuretano polivalente pollo pollution polo
        polonia polveras polvo polvos pomadas pomares pomperrier pompeyo pompidou ponce ponchando ponche pond pondera
        ponderada pondra pondran pondras pondremos pondrian ponds pone ponemos ponen ponencia ponencias ponente
        ponentes poner ponerla ponerle ponerles ponerlo ponerlos ponernos ponerse pones ponga pongamos pongan pongase
        pongo ponia poniatowska poniendo poniente pons pontiac pontier pontificado pontifice pontificia pontificio
        pony pop popa pope popo poppe popular populares popularidad popularisimo populismo populista populistas
        populosos poquisimo poquitas poquitito poquito por porcelana porcentaje porcentajes porcentual porcentuales
        porcicolas porciles porcion porcioncita porciones porfesion porfia porfiriato porfirio pormenores
        pormenorizados pornograficas pornograficos porque porras porros porta portaba portaban portabilidad portacion
        portador portafolio portal portan portando portar portarlas portatil portatiles portavoz porte porten porter
        porteria portero portezuela portillo portland portuaria portuarias portuario portuarios portugal portugues
        porvenir posada posee poseedor poseen poseer poseian poseidon poses posesion posesionar posesionase posesivas
        posgrado posgrados posibilidad posibilidades posibilitan posible posiblemente posibles posicion posicionado
        posicionamiento posiciones posiciono positiva positivamente positivas positivo positivos pospuesto pospuso
        post postal poste postelectoral postelectorales postergacion posterior posteriores posteriormente posters
        postes postguerra postor postores postre postulaban postulacion postulada postulado postulados postular
        postularse postulo postumo postura posturas potabilizadora potabilizadoras potable potencia potencial
        potenciales potencialmente potente potestad potomac potosi potosino potrillo potrillos potros pottlesberghe
        poul powell powerbook powered pozas pozo pozole pozos ppc pps practica practicaban practicable practicadas
        practicamente practicamos practican practicar practicaran practicaron practicas practico practicos practique
        practiquen praderas prado prampolini praviel praxedis prd pre preambulo prebendas precandidato precaria
        precario precaucion precautorio precavido precavidos precedente precedentes precedidas precepto preceptos
        preciados precio precios preciosas precioso precipitacion precipitaciones precipitadamente precipitadas
        precipitandose precipitaron precipitarse precipito precisa precisado precisamente precisan precisando precisar
        precisaron precision precisiones preciso precisos preclaros precolombina preconiza precursora precursores
        predecir predestinado predeterminado predial predica predicacion predicador predicar predicciones predice
        predijo predio predispone predomina predominan predominante predominantes predominaron preelectorales
        preerupcion preescolar preestablecido preestablecidos prefecto preferencia preferencial preferencias
        preferentemente preferia preferible preferida preferiran preferiria prefiera prefieran prefiere prefieren
        prefiero prefijado prefirieron prefirio pregrado pregunta preguntaba preguntamos preguntan preguntando
        preguntar preguntarle preguntarnos preguntaron preguntarse preguntas pregunte pregunteles pregunto
        prehispanica prehispanicas prehispanico prejuicios prejunior prelado prelavado preliminar preliminares
        prematuramente prematuro premestizo premiaba premiacion premiadas premiado premiados premiaron premie premier
        premio premios premisa premoderno premonicion premundialistas prenda prendarios prendas prende prendedores
        prender prendido prendieron prensa prensado preocupa preocupaba preocupacion preocupaciones preocupada
        preocupadas preocupado preocupados preocupan preocupar preocupara preocuparia preocuparle preocuparon
        preocuparse preocupe preocupen preocupes prepara preparaba preparaban preparacion preparada preparadas
        preparado preparados preparamos preparan preparando preparar prepararan prepararla prepararse preparate
        preparativos preparatoria preparatorias preparatorio preparatorios preparele preparen preparese preparo
        preponderantemente prepotencia prepotente prepotentes preproduccion prerequisitos prerregistro prerrogativa
        prerrogativas presa presas prescindir prescriben prescritos preseas preseleccion presencia presenciado
        presenciados presencial presenciar presenciaron presencio presenta presentaba presentaban presentacion
        presentaciones presentada presentadas presentado presentador presentadores presentados presentamos presentan
        presentando presentandolo presentandose presentar presentara presentaramos presentaran presentaremos
        presentarla presentarlo presentarlos presentarme presentaron presentarse presente presenten presentes presenti
        presento preservacion preservado preservar preservarle presida preside presiden presidencia presidenciable
        presidenciables presidencial presidenciales presidencialismo presidencialista presidenta presidente
        presidentes presidida presidido presidio presidir presidira presidium presion presionado presionando presionar
        presionara presionarlos presionaron presione presiones presley preso presos pressey presta prestacion
        prestaciones prestada prestado prestadores prestamo prestamos prestan prestancia prestar prestaria prestaron
        preste prestigiado prestigian prestigio prestigiosos presto presume presumiblemente presumida presumieron
        presumir presuncion presunta presuntamente presuntas presunto presuntos presuntuoso presupuestadas
        presupuestal presupuestario presupuesto presurosamente preta pretel pretemporada pretenda pretende pretendemos
        pretenden pretender pretendia pretendian pretendido pretendiente pretendieran pretendieron pretendio
        pretension pretexto prevalece prevalecen prevaleciendo prevalecientes prevalezca preve prevee prevencion
        prevenida prevenir prevenirse preventiva preventivas preventivo prever preverificacion previa previamente
        previas previendo previendolo previene previno previo previos previsible prevision prevista previstas previsto
        previstos prevoisin pri pria price prieto prigione prigobierno priismo priista priistas prima primaria
        primarias primario primarios primas primates primavera prime primer primera primeramente primeras primeriza
        primero primeros primex primitivas primitivismo primitivo primitivos primo primogenita primogenito primordial
        primordiales princesa princesas princeton principal principales principalmente principe principes principesco
        principiante principio principios prioridad prioridades prioritaria prioritario prioritarios prisa prision
        prisionero prisioneros pristina priva privacidad privada privadas privado privados privan privar privativa
        privativo privatizacion privatizaciones privatizado privatizar privilegiada privilegiado privilegio
        privilegios privo pro probabilidades probable probablemente probables probada probado probados probar probara
        probarle probarlo probaron probarse problema problemas problematica problematico probo probursa proceda
        procede proceden procedencia procedente procedentes proceder procedera procedimentales procedimiento
        procedimientos procentrico procentro procesa procesaba procesada procesado procesador procesadora procesadores
        procesados procesal procesales procesamiento procesando proceso procesos proclama proclamaciones proclamado
        proclamo procreacion procura procuracion procurador procuradora procuraduria procuramos procurar procuraran
        procurarse procure procuro prodigiosa produccion producciones produce producen producian producida producidas
        producido producidos produciendo producir producira producirian producirse productiva productivas
        productividad productivo productivos producto productor productora productoras productores productos produjera
        produjeron produjo produzca produzcan proeza profeco profesa profesan profesion profesional profesionales
        profesionalismo profesionalizacion profesionalmente profesionista profesionistas profesor profesora
        profesorado profesores profeta profetas profr profugo profugos profunda profundamente profundas profundicen
        profundidad profundidades profundizado profundizamos profundizar profundizara profundo profundos progenitora
        programa programacion programada programadas programado programados programan programando programar programas
        programatico programmer programo progresando progresaran progresista progresivamente progresivo progreso
        progresos prohiba prohiban prohibe prohibia prohibicion prohibiciones prohibida prohibidas prohibido
        prohibidos prohibieron prohibio prohibir proletaria prolider proliferacion proliferan prolijas prologan
        prologo prolongacion prolongada prolongadas prolongado prolongan prolongar prolongarse prolongo promediar
        promedio promesa promesas prometan promete prometedor prometen prometerle prometerles prometidas prometido
        prometieron prometimos prometio prometo promex promiscuidad promiscuo promocion promociona promocionado
        promocional promocionales promocionan promocionando promocionar promocionarlo promocionarse promociones
        promotor promotora promotoras promotores promovemos promover promovera promoveran promovia promovida promovido
        promovidos promoviendo promovieron promovio prompt promueva promueve promueven promulgacion promulgada
        promvido pronasol pronostica pronosticada pronosticado pronosticaron pronostico pronosticos pronta pronto
        pronuciados pronuncia pronunciadas pronunciamiento pronunciamos pronunciar pronunciaron pronuncie pronuncio
        propagacion propaganda propagandisticas propagaron propensas propia propiamente propias propiciado propiciando
        propiciar propiciara propiciarse propicien propicio propiedad propiedades propietaria propietario propietarios
        propinandole propinarle propinaron propinas propino propio propios propone proponemos proponen proponer
        proponerle proponernos proponga propongo proponian proporcion proporciona proporcionaba proporcionada
        proporcionadas proporcionado proporcionados proporcional proporcionan proporcionando proporcionar
        proporcionara proporcionaria proporcionarle proporcionarles proporcione proporcionen proporciones proporciono
        proposicion propositivas proposito propositos propuesta propuestas propuesto propuestos propulsor propuse
        propusieron propuso prorroga prorrogada prorrumpe prosa prose proseguid proseguir proselitismo prosiga
        prosigue prosiguio prosinecky prospectiva prospecto prospectos prosperado prosperan prospere prosperidades
        protagonicos protagonismo protagonista protagonistas protagonizado protagonizados protagonizara protagonizaron
        protagonizo proteccion proteccionistas protective protecto protector protectora protectorado protectores
        protege protegen proteger protegeran protegerian protegerse protegia protegido protegidos protegieron protein
        proteina proteinas proteja protejan protesta protestada protestan protestantes protestar protestaron protestas
        proteste protesten protesto protocolo prototipo prototipos provea provecho provee proveedor proveedores
        proveeduria proveer provenia proveniente provenientes proverbio proviene provienen provincia provincial
        provinciales provinciana provincias provisional provisionales provisiones provoca provocaba provocacion
        provocado provocador provocados provocan provocando provocar provocara provocaran provocaron provocativa
        provoco provoque provoquen provotel proxima proximamente proximas proximo proximos proyeccion proyecta
        proyectaba proyectaban proyectada proyectado proyectan proyectar proyectara proyectarse proyectil proyectito
        proyecto proyectos prudente prudentemente prudentes prueba pruebas pruebita pruneda prusia prusiana prusianos
        ps pseudolideres psicoanalista psicoanalitica psicoanalitico psicologa psicologas psicologia psicologica
        psicologicamente psicologicas psicologico psicologicos psicologo psicoterapeutico psicoterapia psicotropicas
        psicotropicos psique psiquiatrico psiquico psoriasis pte puber public publica publicacion publicaciones
        publicada publicadas publicado publicamente publican publicando publicar publicara publicaron publicas
        publicidad publicistas publicitada publicitaria publicitario publico publicos publio publique publishing puche
        pude pudiendo pudiera pudieran pudieron pudiese pudimos pudo pudor pue puebla pueblerina pueblerino pueblito
        pueblo pueblos pueda puedan puede pueden puedes puedo puente puentes puerta puertas puerto puertorriqueno
        puertos pues puesta puestas puesteros puesto puestos pugil pugilismo pugilista pugilistica pugnan pugnando
        pugnara pugnare pugnas puig pujante pulcro pulgadas pulgar pulido pulimos pulir pulirlos pulitzer pulmonares
        pulsar pulso pululan pulverizado pulverizadora pulverizar pulverizo pum pumas pump punado punaladas punales
        punk puno punongbayan punta puntadon puntapies puntas punteando punteo punteria punterias puntero punteros
        punto puntos puntual puntualizaciones puntualizo puntualmente punzo punzocortantes punzones pupila pupilas
        pupilo pura puramente puras pureza purga purgar puro puron puros purpureos puse pusiera pusieramos pusieran
        pusieron pusiese pusilanime pusimos puso putz pvc pyramid q qabrija qi que quebec quebradas quebrado quebrados
        quebrantar quebrar quebraron quebro queda quedaba quedaban quedado quedamos quedan quedando quedandoles quedar
        quedara quedaran quedaria quedariamos quedarnos quedaron quedarse quedas quede queden quedes quedo quehacer
        quehaceres queja quejaba quejado quejamos quejan quejando quejandose quejaron quejas quejo quejoso quejosos
        quela quelonio quemacocos quemado quemaduras quemas quemo querella queremos querendas querer quererlo
        queretanos queretaro queretaroi queria queriamos querian queridas querido queriendo querra querrian queso
        quesos quesque quezada quiebra quien quienes quiera quieran quieras quiere quieren quieres quiero quiet
        quihubo quijano quijote quimica quimicas quimico quince quinceanero quincena quincenales quinielas quinta
        quintana quintanilla quinteto quintetos quinto quiroga quiroz quirurgica quirurgicamente quise quisiera
        quisieramos quisieran quisieron quiso quisquillosos quita quitaba quitadme quitado quitan quitando quitandole
        quitandolos quitandose quitar quitara quitarian quitarle quitarles quitarnos quitaron quitarse quite quiten
        quito quitos quiza quizas quo qwarge r rabate rabatte rabbit rabia rabiar rabino rabo racha rachas racial
        raciales racimo racing raciocinios radar radares radiacion radiaciones radiador radial radiales radiante
        radiantes radica radicada radicado radical radicalismo radicalizacion radicalmente radicar radio radioactiva
        radioactividad radioescucha radiofonica radiofonico radiografias radiologia radios radko rads rafael rafagas
        rafi rai raices raiz rajado rajko rajmunel rakenel ram rama ramana ramas ramificaciones ramificado ramirez
        ramiro ramo ramon ramos rampas rams ranchera rancheras rancherita rancho rangel rango rangos rano ranqueadas
        ranulfo rap rapa rapamontes rapar raphael rapida rapidamente rapidas rapidez rapido rapidos rapport raquet
        raquitica raquitico rara raraku raro raros rasca rascacielos rascon rasero rasgaria rasgos rasmussen raspar
        rastrearlas rastro rateros ratificacion ratificado ratificar ratificara ratifico rating ratito rato raton
        ratoncito ratones ratos rauda raul raulito ravel ravines ray raya rayada rayaditos rayado rayados rayando
        rayas rayen raymonde raymundo rayo rayon rayones rayos raytheon raza razon razonable razonablemente razonables
        razonada razonamiento razonan razones razos re reabierta reabra reabrir reabrirse reacaudarian reaccion
        reaccionar reaccionaria reaccionarios reacciones reacciono reacomodados reactivar reactivaran reactor
        readaptacion readecuacion reafirmar reafirmaron reafirme reafirmo reagan reajustados reajustarlas reajuste
        real realce reales realeza realice realicen realidad realidades realismo realista realistas realisticamente
        realiza realizaba realizaban realizacion realizada realizadas realizado realizador realizados realizamos
        realizan realizando realizar realizara realizaran realizaremos realizarian realizarlo realizarnos realizaron
        realizarse realizo realmente realziados reanimar reanudandose reanudar reanudaran reanudo reaparecer
        reaparecera reaparecio reaparezca reaparicion reaprehension reavaluo rebajar rebano rebasa rebasada rebasado
        rebasados rebasan rebasar rebasara rebasaron rebasen rebaso rebeca rebelar rebelde rebeldes rebelion rebobinar
        rebolledo rebonato rebordados rebotara rebotaran rebote recaba recaban recado recados recalcar recalcitrante
        recalco recalibren recamara recapacite recapitalizacion recargaron recargo recarpetear recarpeteo recaudaban
        recaudando recaudar recaudarian recaudaron recaude recaudo rece recelar recelos recepcion receptor receptores
        receptoria recesion recesiones recesivo receso receta rechace rechaza rechazada rechazadas rechazamos rechazan
        rechazando rechazar rechazaron rechazo rechifla rechiflas rechinan rechinar reciba reciban recibe reciben
        recibia recibian recibida recibidas recibido recibidos recibiendo recibiera recibieron recibimiento recibimos
        recibio recibir recibira recibiran recibiria recibirian recibirla recibirlas recibirlo recibirnos recibo
        recibos reciclaje reciclamos reciclando reciclar recien reciente recientemente recientes recientisima recinto
        recintos recipiente reciprocas reciprocidad reciproco recirculado recircularon recitar recitarle recito
        reclama reclamaba reclamacion reclamadas reclamados reclaman reclamando reclamar reclamara reclamarle
        reclamarles reclamaron reclamen reclamo reclamos recluido recluidos reclusorio reclusorios reclutadas recocido
        recogen recoger recogerla recogerle recogida recogidas recogido recogidos recogieron recogio recoleccion
        recolectando recolector recomedaciones recomendacion recomendaciones recomendadas recomendado recomendamos
        recomendar recomendara recomendaron recomendo recomienda recomiendan recomiendo recompensa recompra
        reconciliacion reconcilio reconduccion reconformacion reconfortante reconoce reconocemos reconocer
        reconocerlas reconocerlos reconocerse reconocia reconocida reconocidamente reconocidas reconocido reconocidos
        reconociendo reconocieron reconocimiento reconocimientos reconocio reconozca reconozcan reconozco reconsidere
        reconstruccion reconstruir reconstruiran reconversion recopa recopila recopilacion recopilo record recordaba
        recordado recordar recordaran recordemos recordo records recorre recorrer recorrida recorrido recorridos
        recorrieron recorrio recortar recorte recortes recostado recosto recreacion recreara recreativas recreativo
        recrimina recriminaba recriminados recronometraron recrudecer recrudecieron recrudecio recta rectas
        rectificada rectificar rectitud rector rectoria rectos recuerda recuerdan recuerde recuerdele recuerden
        recuerdo recuerdos recupera recuperable recuperacion recuperado recuperando recuperar recuperarla recuperaron
        recuperarse recupere recurre recurrido recurrieron recurrir recurrira recurso recursos red redaccion redactado
        redactaron redada redefinir redes redescuentos redilas redisenar redisenos redistribucion reditua redituable
        redobla redoblado redoblar redonda redondear redondez redondo redord reduccion reducciones reduce reducen
        reducia reducida reducidas reducido reduciendo reducir reducira reducirlas reducirles reducirse redujeron
        redujo redunde reduzca reduzcan reed reedicion reeditara reeleccion reelecto reelegido reelegirse reemplaza
        reemplazable reemplazado reemplazados reemplazar reemplazo reencarnacion reencuentro reestablecieron
        reestrenan reestreno reestructuracion reestructurar reestructurara reestructure reestudiarse refaccion
        refaccionarias refaccionarios refacciones referencia referencias referendum referente referentes referi
        referia referian referidos referirme referirse refiera refiere refieren refiero refinacion refinadora
        refineria refinerias refiriendose refirio reflectores refleja reflejaba reflejaban reflejada reflejado
        reflejan reflejando reflejar reflejara reflejo reflejos reflexion reflexiona reflexionar reflexionen
        reflexiones reflexiono reforestarlas reforma reformado reformar reformas reforme reformo reforzada reforzadas
        reforzado reforzamiento reforzando reforzar reforzarlas reforzo refractarias refran refranes refrenamiento
        refrendaron refrendo refresca refrescos refriegas refuercen refuerzan refuerzo refuerzos refugiados refugiar
        refugiarse refugio regadas regalado regalan regalando regalar regalarnos regalarselo regalarselos regalo
        regalos reganadientes reganan reganos regente regia regido regidor regidores regimen regimenes regina regio
        regiomontana regiomontanas regiomontano regiomontanos region regional regionales regionalismo regiones regios
        regiria regirnos regirse registra registraba registrada registradas registrado registrador registrados
        registran registrandose registrar registrara registraran registraron registrarse registre registren registro
        registros regla reglamentacion reglamentar reglamentarios reglamente reglamento reglamentos reglas regresa
        regresaba regresaban regresan regresando regresar regresara regresaran regresaremos regresaria regresaron
        regresarse regresas regrese regreselo regresen regreses regresese regresiva regreso reguera regula regulacion
        regulaciones regulador reguladora reguladores regular regulares regularizacion regularizar regularizara
        regularizo regularmente regulatoria regule rehabilitacion rehabilitaciones rehabilitado rehacer rehen rehenes
        rehiletes rehuir rehusaban rehusaron reia reian reimplanto reina reinado reinante reincidan reincidencia
        reincorporara reineros reingreso reiniciar reiniciaron reino reinstalacion reintegracion reintegrar
        reintegrarme reinterpretar reinvertira reir reirnos reirse reiteracion reiteradamente reiterara reiteraron
        reitero reivindicacion reivindicar reja rejas rejon rejoneador rejones rejuvenecedores relacion relaciona
        relacionada relacionadas relacionado relacionados relacionaron relacionarse relaciones relaciono relajado
        relajarse relamian relampaguee relanzamiento relata relatar relativa relativamente relativas relativo
        relativos relato relatos relegada relegado relegue relevado relevancia relevantes relevar relevista relevo
        relevos relieve relieves religion religiones religiosa religiosamente religiosas religioso religiosos
        rellenadas rellenaran relleno reloj relojito reluciente remache remarco rematar remate remates rembolso
        remediada remediar remedio remedios remineralizante reminiscencia remite remitente remitidas remitidos
        remitieron remodelacion remodelada remolques remontan remoras remota remotamente remotas remoto remotos
        remover removibles removida removidos removio remueve remuneracion renace renacio renales renato rencillas
        renconformacion rencor rencores rencorosos rendia rendido rendimiento rendimientos rendir rendirse rendon rene
        renee renegar renegociacion renegociado renegociar renglon renglones renida renidas renombradas renombre
        renovables renovacion renovada renovado renovadores renovados renovando renovar renovarvia renta rentabilidad
        rentable rentables rentada rentadas rentados rentando rentarlas rentas renteria renueve renuncia renunciar
        renunciara renunciaran renunciaria renunciaron renuncio reo reordenamiento reordenar reordene reorganice
        reorganizacion reorganizar reorganizarnos reorganizarse reos reparacion reparaciones reparadas reparando
        reparar repararlas reparos reparte repartido repartidor repartidos repartiendo repartieron repartimos repartir
        repartiran repartirlos repartirse reparto repatriacion repatriados repavimentacion repavimentar repente
        repentina repentinamente repercusion repercuten repertorio repeticion repeticiones repetidamente repetidas
        repetidisimas repetidoras repetimos repetir repetira repetiran repetiria repetirse repita repitan repite
        repitiendome repitio repito repleta repleto replica replicar replicarle replicas repollos reponen reponer
        reporta reportadas reportado reportados reportaje reportan reportar reportara reportaran reportaron reporte
        reportera reportero reporteros reportes reportese reporto reportos reposo reprendido represalias representa
        representaba representacion representada representadas representado representan representando representante
        representantes representar representara representaran representaria representativas representatividad
        representativo representativos representen represento represion represivo represivos represores reprimir
        reprobadas reprobado reprobaron reprobo reprocha reproches reprocho reproduccion reproducciones reproduce
        reproducen reproducir reproducirse reproductor reprodujo reproduzca reprueba reprueban reptiles republica
        republicanas republicano republicanos republicas repudiando repudio repuesto repugnancia repuntando repunte
        reputacion requeria requerida requerido requeridos requerimiento requerimientos requerimos requerira
        requeriran requiera requieran requiere requieren requinto requirieran requirio requisito requisitos resalta
        resaltando resaltar resaltaron resalte resalto resarciran resbaladero resbaladizo resbalosas rescata
        rescatable rescatada rescatadas rescatado rescatados rescatar rescate rescates rescindirles rescindirlo
        rescindirse research reseca resena resenas resendez resentidos resentimos reserva reservaciones reservadas
        reservado reservados reservar reservas resguardado resguardando resguardarlo reside residen residencia
        residencial residenciales residencias residente residentes residio residuales residuos resiente resignacion
        resignada resignado resigno resillas resintiendo resintiera resiste resistencia resistente resistentes
        resistidas resistiera resistio resolucion resoluciones resolver resolvera resolverla resolverlas resolverlo
        resolverse resolviendo resolviendole resolvieron resolvio resonante resortes respalda respaldaba respaldada
        respaldara respaldo respaldos respecta respectiva respectivamente respectivas respectivo respectivos respecto
        respeta respetaban respetable respetado respetados respetamos respetan respetando respetar respetara
        respetaron respetarse respete respeten respeto respetuosa respetuoso respiratoria respiratorias respiratorio
        respiro resplandecientes resplandor responda respondan responde responden responder respondera responderle
        respondi respondido respondiera respondio responsabilice responsabilidad responsabilidades responsabilizaba
        responsabilizarlo responsabilizaron responsabilizo responsable responsables respuesta respuestas resquicio
        resta restablecer restablecerse restablezcan restan restante restantes restar restarle restas restauracion
        restaurant restaurante restaurantera restaurantero restauranteros restaurantes restaurarle restitucion
        restituir resto restos restregarselo restriccion restricciones restrictiva restructuracion resuelta resuelto
        resueltos resuelva resuelve resuelven resulta resultaba resultado resultados resultan resultando resultante
        resultar resultara resultaran resultaria resultaron resulte resulten resulto resumen resumido resumir
        resumirse resurgente resurgir resurja resurreccion retador retardatario retardo retazos retener retengan
        retenia retenido reticencia reticencias retiene retinitis retira retiraba retirada retirado retirados
        retiramos retirando retirandose retirar retirara retiraran retirare retiraria retirarlas retiraron retirarse
        retire retiro retiros reto retomado retomados retomando retomar retomaran retomarla retome retomo retorcerse
        retorcidos retornados retornaria retorno retos retracta retractado retractaran retractare retrasada retrasado
        retrasan retrasando retrasar retrasara retrase retrasen retraso retrasos retratado retratar retratara
        retrataron retratarse retrato retratos retribuido retribuye retroactiva retroactivo retroalimentan retroceder
        retrocedido retroceso retrospeccion retrospectiva retrotraerlas retrovisor retuvieron retuvo reubicacion
        reubicadas reubicado reubicados reubicar reubicarlos reubicarse reuna reunan reune reunen reunia reunian
        reunido reunidos reunieron reunio reunion reuniones reunir reunira reuniran reunirnos reunirse reuter reuters
        reutilizacion revaloracion revalorarlo revaluandose revancha revela revelaba revelaban revelacion revelada
        reveladas revelado revelador reveladora revelan revelarla revelaron revelo revendedores reventa reventado
        reventadores revento reventon reverencia reverencial reverenciales reverenciarlo reverendo reversa revertido
        revertir reveses revierten revillagigedo revisado revisados revisan revisando revisar revisara revisaran
        revisarla revisarlos revisaron revisarse revise revisen revision revisiones reviso revista revistas
        revitalizar revivir revocar revoco revolcon revolucion revolucionaban revolucionar revolucionaria
        revolucionarias revolucionario revolucionarios revoluciones revoluciono revolufia revolver revolveres revolvio
        revuelo revuelta revuelto revuelva revuelvo rey reyes reyhlander reyna reynaldo reynard reynolds reynosa
        reynoso reza rezagada rezago rezagos rezara rezaremos rezarlo rezarte rezo rezonificacion rhon riachuelo riar
        riazor rib ribadeneyra ribbentrop riberas riberena riberenos rica ricacho ricachon ricardo ricas richard
        richards richardson ricky rico ricos ridiculiza ridiculizacion ridiculizado ridiculizan rie riegas riego
        rieles riendas rieron ries riesgo riesgos riesgosa riesgosisimo rifa rifadas rifar rifas rifkin rige rigen
        rigidas rigidez rigidos rigoberta rigor rigurosa riguroso rigurosos rijan rime rina rinas rincon rinconada
        rinden rindiendo rindiera rindieran rindieron rindio rinen rines ring rinker rinones rio riojas rios rippey
        riqueza riquezas risa risas risca rispido ristra ristre rita ritchie riteaid ritmica ritmico ritmo ritmos rito
        ritual riva rivadeneira rival rivales rivapalacio river rivera rivero riverside riviello rizado rizzo rkc rke
        rkl road robada robadas robado robados roban robar robarle robe roben robert roberta roberto roberts roble
        robledo robles robo robocops robos robot robotizar robots robusta robustecer rocaetti rocard rocas roce roces
        rocha roche rochester rocio rock rockanroleros rockeras rockport rocoso rocosos rod rodado rodaje rodal
        rodarse rodarte rodea rodeaba rodeado rodeados rodean rodear rodeara rodearon rodearse rodela rodeo rodeos
        rodilla rodillas rodillera rodion rodisonato rodney rodolfo rodrigo rodriguez roedor roedores roel rogelio
        roger rogers rogo rogozinski roja rojas rojiblanca rojinegra rojo rojos rol rolada rolando roll rolling rollo
        rolls rom roma roman romana romance romances romano romanticas romanticismo romanticonas romanticos romeo
        romero romilio romo rompe rompebrechas rompen romper rompera romperian romperles romperlo rompevientos
        rompiendo rompieron rompimiento rompio romulo ronald roncaba ronda rondallas rondando ronzon roo roosevelt
        ropa ropajes roque rosa rosales rosalinda rosario rosarios rosas rosaura rosellini rosencof rosendo roses
        rosibel rosili ross rossela rossi rossin rossini roster rosto rostro rostros rota rotacion rotario rotarios
        rotativo rotativos rotemberg roto rotonda rotter rotuliano rotundamente rotura round rounds rousseau roy royce
        rsm rsqb ru ruandeses ruben rubi rubia rubiales rubiano rubio rubor ruborizandose rubro rubros ruco rudos
        rudyard rueda ruedas ruedo ruega ruego ruelas ruffo rufino ruge ruggeri rugido rugir ruido ruidosas ruina
        ruinas ruindades ruisz ruiz rul rumania rumanos rumberas rumbo rumor rumores ruperto ruptura rural rurales
        rusa rusas rusia ruslan ruso rusos rustica rustico rusticos ruta rutas ruteador rutina rutinario rutinas
        rutskoi ruvalcaba ruy s sabado sabados sabastian sabatino sabe sabedores sabemos saben saber saberlo saberse
        sabes sabia sabiamos sabian sabidas sabido sabiduria sabiendas sabina sabinas sabino sabio sabios sabor
        saboreando sabores saborit saborizantes sabotaje sabra sabran sabremos sabrosa sabroso saca sacada sacadas
        sacado sacamos sacando sacar sacara sacaran sacaremos sacarla sacarle sacarles sacarlo sacarme sacaron
        sacerdocio sacerdotal sacerdotales sacerdote sacerdotes saco sacos sacra sacramento sacrificado sacrificar
        sacrificarlo sacrificio sacrificios sacrifico sacristan sacristia sacro sacs sacudida sacudimiento sada sadam
        sadomasoquistas saenz saeta sagrada sagradas sagrado sahuayo sain saint sainz sal sala salacio salada salais
        salamandria salarial salariales salario salarios salas salaz salazar saldana saldar saldaran saldivar saldo
        saldos saldra saldran saldria sale salen salesianas salga salgado salgamos salgan salgo sali salia salian
        salida salidas salido saliendo saliente saliera salieran salieron salimos salinas salinismo salinista salio
        salir salirse salmon salmones salmos salomon salomonica salomonico salon salones salpicadas salsa salsas salta
        saltandose saltaron salte saltillense saltillenses saltillo salto salubridad salud saludable saludables
        saludando saludar saludarle saludarlo saludaron saludemos saludo saludos salutacion salva salvacion salvado
        salvador salvadorena salvadorenos salvados salvaguardas salvaje salvamentos salvar salvara salvarle salvarse
        salve salvedades salvia salvo sam samaniego samoa sampetrinas sampetrino samuel samuelito san sana sanchez
        sancho sancion sancionados sancionan sancionaria sancionarlo sancionarlos sancionaron sanciones sandalio
        sandinista sandoval sandra sandrine sandwich saneado saneamiento sanear saneara sanearlas sangrados sangrar
        sangre sangria sangrientas sangriento sanguinario sanidad sanidades sanitaria sanitario sanitarios sanjuana
        sano sansores santa santana santiago santidad santiesteban santillan santisimo santiso santistas santo santos
        santuario santurce sao sapien sapitos sapo saque saqueadas saquear saqueo saqueos sar sarah sarajevo
        sarcastica sargentos sarh sartenes sastre sat satanas satelite satelitel satelites satin satirica satisfaccion
        satisfacciones satisface satisfacer satisfactores satisfactoria satisfactoriamente satisfactorias
        satisfactorio satisfagan satisfecho sato saturacion saturada saturadas saturado saturados saturo sauceda
        saucedo sauco saul saunders sauzal savimbi savotino savoy savr saxe saxofon saxofonista saya sazon sc scafadi
        scalia scatasta scheider schlesinghaus schmal schmall schoenstat schoenstatt schooll schools schopenhahuer
        science scott scout scrooge sct sculley se sea seamos sean seas seattle sebastian seca secaba secadora secas
        seccion seccional seccionales seco secofi secogef secos secreta secretaria secretarias secretario secretarios
        secretas secreto secretos sectas sector sectores sectoriales secuela secuelas secuencial secuestrada
        secuestradas secuestrado secuestrador secuestradores secuestro secuestros secular secundada secundados
        secundaria secundarias secundario secundarios secundaron securities sed seda sedan sedanes sedante sede
        sedesol sedientos sedona seduccion seducir seductoras sedujo seduop seelene segmentada segmento segmentos
        segovia segueta segui seguia seguian seguida seguido seguidora seguidores seguidos seguimiento seguimos seguir
        seguira seguiran seguire seguiremos seguiria seguirlas seguirles seguirse segun segunda segundas segundo
        segundones segundos segura seguramente seguras seguri seguridad seguro seguros seguy seis seiyu seko seleccion
        seleccionada seleccionadas seleccionado seleccionados seleccionar seleccionaran selecciones selectivo selecto
        sellada sellar seller sello selva selvas semaforos semana semanal semanales semanalmente semanario semanas
        semblantes sembraban sembrada sembradio sembradios sembradores sembrar sembremos semejante semejantes
        semejanza semejanzas semen semental semestral semestrales semestre semestres semi semiautomatica semicerrados
        semidesertica semidios semifinal semifinales semifinalistas semilla semillas seminal seminario seminarios
        seminaristas semioscuras semipreciosa semivacios sena senado senador senadora senadores senal senala senalaban
        senaladas senalado senalamiento senalamientos senalamos senalan senalar senalarla senalaron senalarse senalen
        senales senalo senas sencilla sencillamente sencillas sencillez sencillo sencillos sendas senderista
        senderistas sendero sendos seneam seno senor senora senoras senores senoria senorita senos sensacion
        sensacionalismo sensacionalista sensaciones sensata sensatas sensibilidad sensibilidades sensibilizar sensible
        sensiblemente sensibles sensores sensual sensualidad sentadas sentado sentados sentamos sentando sentanes
        sentar sentaran sentarian sentaron sentarse sentencia sentenciada sentenciado sentenciados sentencio senti
        sentia sentian sentido sentimental sentimiento sentimientos sentimos sentir sentiria sentirse sento sep sepa
        sepamos sepan separa separacion separaciones separada separadas separado separador separados separar separara
        separaran separarlos separaron separarse separe separen sepelio septicas septiembre septima septimo sepultado
        sepultan sepulto sepulveda sequito ser sera seran serbia serbio serbios seremos serena serenata serenidad
        seres serfin sergei sergi sergio seria serial seriamente seriamos serian serias serie seriedad series serio
        serios serlo sermon sermonearlos serna serpentinero serpiente serra serrano servia service servicial servicio
        servicios servido servidor servidores servidumbre serviles servilleta servimos servin servios servir servira
        serviran serviria servirnos sese sesentas sesgo sesion sesiones sesos set setentas sets seudonimo seul severa
        severamente severas severo severos sevilla sexenio sexenios sexista sexo sexopatia sexos sexta sextetas sexto
        sexual sexuales sexualidad sexualmente sexy sexys sfara sgpv shadow shannon shaw shcp sheehy sheila shepard
        sherel sheriff sherman sherrit shibata shikang shimizu shorts show shows showtime shrine si siberia siberiana
        sica siclo siclos sicologica sida sidente siderurgicas sido siembra siembran siemens siempre siendo sienta
        sientan siente sienten siento sierra sierva siervo siete siga sigamos sigan siglas siglo siglos significa
        significacion significado significados significan significar significara significaran significaria
        significativa significativamente significativas significativo significativos significo signifique signo signos
        sigo sigue siguen siguiendo siguiente siguientes siguiera siguieran siguieron siguio silbante silbaron
        silbatazo silber silbes silencio silencioso silla sillas sillon silos silueta silva silvestre silvestris
        silvia silviano silvio simbolica simbolico simbolizacion simbolo simbolos simeone simeprode similar similares
        simon simpatia simpatico simpatizantes simple simplemente simples simpliciano simplificacion simplificado
        simplista simposiums simulacion simulador simulados simular simultanea simultaneamente simultaneos sin sinagua
        sinai sinaloa sinaloense sinaloenses sinceramente sincero sinclair sincretismo sincronizacion sincronizados
        sindelfingen sindical sindicales sindicalismo sindicalista sindicalistas sindicato sindicatos sindicatura
        sindico sindicos sindo sindrome sinfonia singapur singer singles singlista singular siniestra siniestro
        sinnumero sino sinodal sinonimo sinovial sintesis sintetica sintetico sinteticos sintiendome sintio sintoma
        sintomas sintomatica sintomaticas sintomatico sinuosos sinusitis siquiatra siquiera sir sirgo sirloin siro
        sirva sirvan sirve sirven sirves sirvientas sirvieran sirvieron sirvio siscohm sismica sismicos sismografos
        sismologia sistefin sistema sistemas sistematica sistematicas sistematico sister sitematicamente sitiado
        sitiados sitio sitios situacion situaciones situada situadas situado situandose situar situarlos situarse
        sixto sketches slam sledge sli slim smc smith smuckers snte sobada sobando soberana soberania soberano
        soberbia sobornados sobornando soborno sobornos sobra sobraba sobradamente sobran sobrando sobrar sobraran
        sobre sobreasignacion sobrecalentada sobrecalentamiento sobrecalentaron sobrecarga sobrecargaron sobrecargas
        sobrecosto sobrecostos sobrecupo sobrecupos sobreexplotacion sobregiro sobregiros sobrellevar sobremanera
        sobrenombre sobrepasa sobrepasan sobrepasar sobrepase sobrepaso sobrepoblacion sobreponen sobreponiendose
        sobreposicion sobresale sobresalen sobresaliendo sobresaliente sobresalio sobresalir sobresaltos sobreseida
        sobrestantes sobresuscripcion sobretasa sobretodo sobrevaluado sobrevenga sobrevida sobreviven sobrevivencia
        sobrevivido sobrevivientes sobrevivieron sobrevivir sobrevuelan sobrevuelos sobriedad sobrina sobrino sobrinos
        socavamos socavar soccer social socialdemocrata sociales socialismo socialista socialmente sociedad sociedades
        socio socioeconomica socioeconomico sociologa sociologico sociologicos sociologo sociopolitica socios
        socorrista socorristas socorro socorros socrates socratico socraticos sodas sodico sodio sofa sofia
        sofisticacion sofisticadas sofisticado sofisticados sofocacion sofocado sofocarlo soft softbol software sogem
        sojo sol sola solamente solana solapados solar solares solaris solas solaza solazo soldada soldado soldador
        soldados soldadura soldan soldando soldar soldarlos soleado soledad solemne solemnidad solia solian solicita
        solicitaba solicitada solicitado solicitados solicitamos solicitan solicitando solicitar solicitara
        solicitaran solicitarle solicitaron solicite solicito solicitud solicitudes solida solidaria solidaridad
        solidario solidas solidez solido solidos solis solista solistas solitario solitarios solito sollozando solo
        solorzano solos soltar soltara soltaran soltera solteras solto solucion solucionan solucionar solucionarse
        solucione soluciones soluciono solvencia solventar somalia sombra sombras sombrero sombreros sometan somete
        someter sometera someteran someterlos someterse sometidas sometido sometidos sometimiento somos somoza son
        sonado sonadores sonados sonando sonar sonda sondas sondeos sone sonia sonido sonidos sono sonora sonorense
        sonriente sonries sonrio sonrisa sonrisas sony sonya sopesar soplando soplarse soporta soportaba soportable
        soportado soportan soportar soportaran soporte soportes soporto sor sorda sordera sordidas sordido sordos
        sorgo soriana soriano soros sorprenda sorprende sorprenden sorprendente sorprendentes sorprender sorprendera
        sorprendi sorprendidas sorprendido sorprendidos sorprendieron sorprendio sorpresa sorpresas sorpresiva
        sorpresivas sorpresivo sorpresivos sortea sorteo sorteos sosa soslayo sospecha sospechaba sospechamos sospecho
        sospechosa sospechoso sospechosos sosten sostendra sostendran sostener sostenerla sostenerse sostengo sostenia
        sostenian sostenible sostenida sostenidas sostenido sosteniendo sostiene sostienen sostuvieron sostuvo
        sotanero sotaneros sotero soto soundgarden south southern southwest soviet sovietica sovietico soy soya
        sparcclassic sparcservers sparcstations sparrings special spike spirit spivakov sport sporting spot sprenger
        springbreakers sprint sprints sr staff stalin standard stanley state station statuo status steels stefano
        stephan stephanopoulos stephen stereo stern steve steven stl stock stoichkov stoickov stoker stolica stone
        stor straffon strauss stravinsky street strictly strikes strindberg studies stup stuttgart su suarez suave
        suavemente suaves suavidad suavizamos suavizaron sub suba subacuatica subalterna subalterno suban subaru
        subasta subastas subcampeon subcomandante subcomandantes subcomision subcomite subconsciente subcontratacion
        subdelegado subdesarrollada subdesarrollados subdireccion subdirector subdirectora subdistribuidores
        subdivision suben subes subespecialidades subestacion subfacturacion subgerente subi subian subida subidas
        subido subiendo subieran subieron subio subir subira subirse subita subitamente subjetiva subjetividad
        sublider sublideres sublime subliminal submarina submarinas submarino submarinos subordinado subordinados
        subprocurador subproductos subrayar subrayaron subrayo subregional subsana subsanables subsecretaria
        subsecretario subsecretarios subsectores subsecuentes subsidiada subsidiadas subsidiar subsidiaria
        subsidiarias subsidiarios subsidio subsidios substancia substancial substanciales substancias subsuelo
        subtangente subterranea subterraneo suburban suburbanos suburbias suburbios subvencion subversion subversivo
        subversivos subvertir subviertes suceda sucede suceden suceder sucedera sucederia sucederlo sucedia sucedido
        sucediera sucedieron sucedio sucesion sucesivamente suceso sucesor sucesorio sucesos sucia suciedad sucio
        sucios sucre sucumbir sucursal sucursales sudamerica sudamericana sudamericanas sudamericano sudar sudeste
        sudoccidental sudoeste sudoracion sudoroso suecia sueco suecos suegra suelas sueldo sueldos suele suelen suelo
        suelos sueltan suena suenen sueno suenos suero suerte sueter sueteres suficiente suficientemente suficientes
        sufragar sufragaron sufragio sufragios sufrague sufre sufren sufri sufria sufrido sufridos sufriendo sufrieron
        sufrimiento sufrio sufrir sugerencia sugerencias sugerentes sugeria sugerido sugeridos sugerir sugestivos
        sugiera sugieran sugiere sugieren sugiero sugiriendo sugirieron sugirio sui suicida suicidaron suicidarse
        suicidio suite suiza suizos sujecion sujetar sujetarlo sujetarse sujeto sujetos sulaiman sulfito sulfurico
        sultana sultanes suma sumaban sumado sumados sumamente suman sumando sumar sumaran sumario sumaron sumarse
        sumas sume sumen sumerge sumergibles sumergido sumergio sumerio sumido suministraba suministrada suministrar
        suministro sumisa summers sumo sun sung sunny suntuoso suoo supe super supera superacion superada superado
        superamas superamos superan superando superar superara superarla superarlo superarlos superarme superaron
        superavenida superavit superavitaria supercenter supercenters superdotados supere superficial superficiales
        superficie superficies superfluas superior superiores superioridad superiorsubaru superlider superliderato
        superligero superligeros superliviano supermediano supermercado supermercados supero superpluma superpotencia
        supersecretarios supersonicas supervisa supervisar supervisara supervisarlos supervision superviso supervisor
        supervisora supervivencia superwelter supieran supieron suple suplemento suplente suplentes suplicantes
        suplicar suplicara suplir supo supondria supone suponemos suponer suponerse suponga supongo suponia suponiendo
        suposiciones supra suprema supremacia supremo suprimir suprimirlas supuesta supuestamente supuestas supuesto
        supuestos sur surcaba surcoreana surcoreanas surcoreanos sureste surge surgen surgida surgido surgidos
        surgiendo surgiera surgieron surgimiento surgio surgir surgira surgirian surja surjan suroeste surrealista
        surta surtido surtiendo surtio surtir sus susan susana susceptible susceptibles suscitado suscito suscribio
        suscribir suscripcion suscrita suscrito susiflor suspenda suspende suspenden suspender suspendera suspenderan
        suspendida suspendidas suspendido suspendidos suspendiera suspendieron suspendio suspendo suspension
        suspensiones suspiro sustancia sustancial sustancias sustenta sustentables sustentacion sustentado sustentar
        sustente sustento sustitucion sustituian sustituido sustituir sustituira sustituiria sustitutiva sustituto
        sustituyamos sustituyan sustituye sustituyen sustituyendo sustituyo susto sustraia sustrajo suya suyas suyo
        suyos svyt swahili swing swycord sx sybilla symington system systems szekely sznajder t tabachin tabaco
        tabasco tabe tabla tablante tablero tableros tablones taboada tabulador tachado tacho tachuelas tacita
        tacitamente taco tacon tacos tactica tacticas tacticos tacto taesa taffarel tagamet tagetes taiga tailandia
        taiwan taiwandeses tajante takatoshi take tal talada taladores taladro talamo talante talento talentos
        talentoso tales talisman talla tallando tallar taller talleres talon talones talusa tamal tamano tamasopo
        tamaulipas tamaulipeca tamayo tambien tambor tambores tamesis tamez tampico tampoco tamps tan tanasio
        tancanhuitz tancredi tanda tane tanganhuato tangibles tanque tanques tanta tantas tanto tantos tanzanios tapa
        tapacalles tapachula tapar tapas tapatia tapatias tapatio tapatios tapete tapia tapiceria tapitas tapiz
        tapizados taponaron taponeo taqueria taquilla taquillas taquillera taquillero taquitos tarado tarahumara
        tarahumaras tarasov tarciso tarda tardamos tardan tardandose tardanza tardar tardara tardarian tardaron tarde
        tardes tardia tardo tarea tareas tarifa tarifario tarifarios tarifas tarjeta tarjetahabientes tarjetas
        tarjeton tartajoso tasa tasas tascon tasmania tataranietos tatiana tato tatuajes tauro tavares taxco taxi
        taxis taxista taxistas taza tazas tazcon tazon tazones tcp te teaanque team teatral teatrales teatralmente
        teatro teatros tec tecate tech techado technologies technology techo techos techumbre tecihuatlanque tecla
        tecladista teclados tecnica tecnicamente tecnicas tecnico tecnicos tecnocracia tecnocratas tecnologia
        tecnologias tecnologica tecnologicamente tecnologicas tecnologico tecnologicos tecos tecpan tecuniapa teddy
        teddys tedioso teheran tehuacan tehuitzingo teissier tejado tejas tejeda tejido tejidos tel tela telas tele
        telecom telecomunicaciones telefonia telefonica telefonicamente telefonicas telefonico telefonicos
        telefonistas telefono telefonos teleguia telehogares telenovela telenovelas telesecundaria teleseries
        televicine televidente televidentes televisa televisar television televisiones televisiva televisivas
        televisivo televisivos televisora telex tellez tello telmex teloloapan teloloapense telones tema temas
        tematica tematicas temblar temblor temblores teme temecula temen temeraria temerariamente temerarios temeroso
        temia temible temido temiendo temo temor temores tempano temperamento temperatura temperaturas tempestad
        templado templados temple templete templo templos temporada temporadas temporal temporales temporalmente
        temprana tempranamente tempranero temprano tempranos temulento tencion tendajones tendencia tendencias tendera
        tenderan tendido tendientes tendimos tendio tendon tendra tendran tendre tendremos tendria tendriamos tendrian
        tenemos tenencia tenencias tener tenerife tenerlas tenessee tenga tengamos tengan tengas tengo tenia teniamos
        tenian tenida tenido teniendo teniente tenis tenistas tenistico tennessee tenochtitlan tenor tensa tension
        tensiones tentacion tentativa teo teodora teodoro teologia teologos teoria teorias teorica teoricamente
        teoricas teoricos tepanco tepatitlan tepeaca tepehuanes tepeyac tepic tepochcalli tepozotlan tequila
        tequisquiapan teran terapeuticas terapeuticos terapia terapias tercer tercera terceras tercero terceros tercia
        tercias tercio terciopelo tercios teresa tergiversado termes termica termicas termina terminacion
        terminaciones terminada terminadas terminado terminados terminal terminales terminamos terminan terminando
        terminar terminara terminaran terminaria terminarian terminarlo terminaron terminarse terminator termine
        terminemos terminen termino terminologia terminos termometro terna ternura terprete terracota terranova
        terrateniente terratenientes terrazas terremoto terrenales terreno terrenos terrestre terrible terribles
        territorial territorio territorios terror terrorismo terrorista terroristas terry tes tesis tesitura tesoreria
        tesorero tesoreros tesoro tesoros testigo testigos testimonial testimoniar testimonio testimonios testosterona
        tetela tetramestres texana texano texanos texas texcoco textil textilera textiles texto textos textualmente
        texturas tez tezoyuca the thelonius theodore therese thiner things thomas thompson thomson thorn three
        thriller thurlow thurman ti tia tianguis tias tiberio tibet tibio tichavski ticktin tiempecito tiempo tiempos
        tienda tiendas tiende tienden tiene tienen tienes tienta tiernamente tierra tierras tigre tigres tigrillas
        tigrillos tijerina tijuana tijuanenses tildar tim timbiriche timbre timbres time times timida timidamente
        timido timon timonel timorato timoteo timothy tino tinta tintas tinto tio tios tiosulfato tipicamente tipico
        tipicos tipifica tipo tipos tips tira tirada tiradero tiraderos tirado tirados tirando tiranica tirantes tirar
        tiraran tirarlos tiras tire tiro tiroideas tiroides tiros tiroteo tiroteos tirzo tisa titanic titanica titanio
        titipuchal tito titula titulada titulado titular titulares titularidad titulo titulos tixkokob tlacamecatl
        tlacotepec tlahuapan tlalchapa tlalpan tlaltenango tlamacazques tlatelolco tlatlahuquitepec tlatoani tlatoanis
        tlaxcala tlaxcalteca tlaxcaltecas tlc to tobias tobillo toca tocaba tocaban tocado tocan tocar tocara tocaran
        tocarle tocco toco toda todas todavia todd todo todos toilette toji tokio toledo tolerada tolerancia tolerando
        tolerante tolerantes tolerarse toletero toluca tom toma tomaba tomaban tomada tomadas tomado tomadores tomados
        toman tomando tomandola tomar tomara tomaran tomaria tomarian tomarla tomarle tomarlo tomarnos tomaron tomarse
        tomas tomate tome tomemos tomen tomese tomlinson tomo tona tonada tonalidades tonelada toneladas tonelaje
        tonica tonicos toninho tono tonteria tonto tontos tony toole topa toparon toparse topaz tope topes topete
        topeteaba topia topico topicos topo topografia topologias toque toques toqui tora torax torcer toreado
        toreados toreandolo torear toreara torearlo toreo torero toreros torio tormenta tormentas tornado tornados
        tornar tornen torneo torneos tornillo tornillos torniquete torno toro toronto toros torpedearon torpeza
        torrado torralba torre torrencial torrenciales torrente torreon torres torrescano torresmochas torricelli
        torticolis tortilla tortillas tortillero tortuga tortugueras tortuguismo torturados torturaron torturas
        torturoso tos toscano tosferina tostado tota total totales totalidad totalizo totalmente totopos tottenham
        touche tour tovar toxica toxicas toxicos toyota tpc tqm trabado trabaja trabajaba trabajaban trabajada
        trabajado trabajador trabajadora trabajadoras trabajadores trabajamos trabajan trabajando trabajar trabajara
        trabajaran trabajaron trabajemos trabajen trabajo trabajos trabas trabo traccion tracen track tractor
        tradicion tradicional tradicionales tradicionalmente tradiciones traduccion traducciones traduce traducida
        traducido traducidos traducir traduciria traducirse tradujo trae traemos traen traer traera traeran traere
        traeria traerla traernos traes traficante trafico tragar tragarse tragedia tragica tragico trago tragos trague
        traia traian traicion traicionado traicionados traidor traidos traiga traigan traigo trailer trailero
        traileros trailers traje trajeron trajes trajo trama tramitacion tramitando tramitar tramite tramites tramito
        tramitologia tramo tramos trampa trampas tramposo trancas trancazo trance tranquila tranquilamente tranquilas
        tranquilidad tranquilizara tranquilizarlo tranquilizo tranquilo tranquilos trans transa transaccion
        transacciones transamos transborda transbordador transbordadores transbordar transbordo transcribe transcurra
        transcurrido transcurridos transcurriendo transcurrieron transcurrir transcurso transero transeros transeunte
        transeuntes transexual transexuales transferencia transferencias transferir transfieren transfirio
        transformacion transformaciones transformado transformador transforman transformando transformar transformaren
        transformaria transformaron transformarse transfronterizas transfusiones transicion transija transita
        transitaban transitada transitado transitados transitar transitara transitaran transito transitorio
        transmision transmisiones transmita transmitan transmite transmiten transmitida transmitido transmitieran
        transmitieron transmitir transmitira transmitiran transnacional transnacionales transparencia transparentar
        transparentarse transparente transparentes transpeninsular transport transporta transportaba transportaban
        transportacion transportaciones transportada transportadoras transportan transportando transportar
        transportaria transportarse transporte transportes transportista transportistas transversales tranvias
        trapeadores trapeas tras trasatlantico trascendencia trascendental trascendentales trascender trasera traseras
        trasero traseros trasfondo trasfondos traslacion traslada trasladaba trasladado trasladados trasladar
        trasladaran trasladarla trasladarse trasladese traslado traslados trasmision trasmite trasmitirlo trasnacional
        trasnacionales trasnacionalizacion trasplantados trasplante trasplantes trasporte traste trasteo trastoca
        trastocan trastorna trastorno trastornos trata trataba trataban tratada tratadas tratado tratadoras tratados
        tratamiento tratamientos tratamos tratan tratando tratandose tratar tratara trataran trataremos trataria
        trataron tratarse tratas trate traten trato tratos traumatismo traumatologia traves travesano travieso travis
        trayecto trayectoria trayendo trazadas trazado trazo trazos trece trecho trechos tregua treinta trejo tremenda
        tremendamente tremendas tremendo tremendos tren trenes trenza trepo tres tress treta treto trevi trevinada
        trevinista trevino tri triana triangulo tribuna tribunal tribunales tribunas tributarias tributario tributarle
        tributos tricampeon tricolor tricolores tridimensional trigesimo trigo trigon trilateral trillado trimestre
        trinchera trinidad trio trios tripa tripartita triple tripleta triplicaron tripulacion tripulado tripulados
        tripulando tripulantes tripular tripulara triquinuela tris tristan triste tristemente tristes tristeza tritt
        triunfa triunfado triunfador triunfadora triunfadores triunfal triunfalismo triunfalista triunfalmente
        triunfantes triunfar triunfaria triunfaron triunfo triunfos trivial trizados trofeo trofeos trolebus trompeta
        trompetero trompetista trompetistica troncales tronco troncos trono tropa tropas tropezar tropezon tropicosas
        tropiezos trota trotamundos trotando trotar trote trousseau trout troy troyanos truenan truene trujillo truman
        trump trust tryon tsi tsmbien tsubame tsuru tu tubacero tuberia tuberias tubo tubos tuercas tuerto tulancingo
        tules tulin tull tulle tum tumba tumbado tumbas tumor tumoral tumores tumultuosa tunel tuneles tunguska
        tunicas tupac tupamaros turbias turbina turbo turcos turismo turista turistas turistica turisticas turistico
        turisticos turna turnbull turneriano turno turnos turquia tus tutelar tuve tuviera tuvieran tuvieron tuvimos
        tuvo tuxpan tuxtla tuya tuyo tuzo tuzos tv tyson u uag uane uanl uap uat ubica ubicaba ubicaban ubicacion
        ubicada ubicadas ubicado ubicados ubican ubicando ubicandolo ubicar ubicara ubicarian ubicarlos ubicarnos
        ubicaron ubicarse ubicarsele ubico ucalli ucayali ucimme ucrania ucraniano udeg udem udinese ugalde ugarte
        uglilia ugocp uhagon uhf ulcera ulises ullami ulloa ultima ultimamente ultimas ultimo ultimos ultra ultrajo
        ultranza ultravioleta umbral un una unacolumna unam unamitas unan unanime unanimemente unanimidad unas undiano
        une unesco unforgettable unia unica unicamente unicas unico unicos unidad unidades unidas unidimensional unido
        unidos unieron unifamiliares unificacion unificadas unificado unificar uniformada uniformado uniformados
        uniformar uniforme uniformes unilateral unilaterales unilateralmente unimovil unio union uniones unir unira
        uniria unirse unisex unitardos unitario united univ universal universales universalmente universidad
        universidades universitaria universitarias universitario universitarios university universo unix uno unos
        unplugged unzueta up upi ur urbana urbanas urbanistas urbanistico urbanisticos urbano urbanos urbieta urdio
        urge urgen urgencia urgencias urgente urgentes urgida uribe urista urna urnas uro urrea urss ursula urtiz
        uruapan uruguay uruguayo urzua usa usaba usaban usada usadas usado usados usan usando usar usara usaran usarla
        usarlos usaron usarse use usen usis uso usos usted ustedes usuales usuario usuarios usura usureros usurpacion
        utero util utileria utilerias utilice utilidad utilidades utiliza utilizaba utilizaban utilizacion utilizada
        utilizadas utilizado utilizados utilizamos utilizan utilizando utilizar utilizara utilizaran utilizarla
        utilizarlo utilizaron utilizarse utilizo utopia utopias utopicas uy v va vaca vacacionar vacaciones vacas
        vacia vaciado vacias vacila vacilada vacilan vacilando vacilante vacilar vacilo vacilon vacio vacios vacuna
        vacunacion vacunas vado vagabundo vagina vagones vagoneta vagos vaivenes vajilla val valde valdes valdez valdo
        valdra valdria vale valedores valegorrista valemos valen valencia valens valente valentia valentin valentino
        valenzuela valer valeri valero valet valga valgan valia validez valido valiente valieron valio valiosa
        valiosas valioso valiosos valium valla valladares vallarta vallas valle vallecano vallecillo vallecillos
        vallejo valles valley valor valora valoraba valoracion valoradas valorado valorados valorar valorarlo
        valoraron valore valores valorizada valparaiso valtierra valuacion valuadas value valvulas vamos vampiro
        vampiros van vandalicos vandalismo vanderley vanette vanguardia vanguardista vanguardistas vanidad vanidades
        vanilli vanitas vanity vano vanos vapor vaporizaciones vaporizarlas vaporosa vaporosos vaquera vaquerias
        vaquero vaqueros varada varados varela vargas varia variable variables variacion variaciones variada variado
        variados varian variando variantes varias varicela variedad variedades variopinta varios varita varon varones
        varonil varoniles vas vasco vasconcelos vaso vasos vasquez vasto vaticano vaticinado vaticinar vaticinaron
        vaticinen vaticinios vaticino vax vaxstations vaya vayamos vayan vazquez vcr ve vea veamos vean veces vecina
        vecinal vecinales vecinas vecindad vecindario vecino vecinos vector vega vegetacion vegetales vegetarianismo
        vegetarianos vegetativo vehemencia vehemente vehicular vehiculares vehiculo vehiculos veia veian veinte
        veinteaneros veintena veinticinco veintiseis vejarron vejez vela velada velador velando velarde velas velasco
        velazquez velero velez vellones velocidad velocidades velocimetro velos veloso vemos ven vena venado vence
        vencedor vencedores vencer venceras vencerse vencida vencidas vencido vencidos vencieron vencimiento
        vencimientos vencio venda vendados vendan vendaron vende vendedor vendedora vendedores vendemos venden vender
        vendera venderan venderemos venderia venderla venderlo venderse vendia vendida vendidas vendido vendidos
        vendiendo vendiendose vendiera vendieron vendio vendo vendra vendran venegas veneno veneraban veneracion
        venezolana venezolano venezolanos venezuela venga vengadores vengan venganza vengo venia venian venicio venida
        venido venidos venimos venir venirse venta ventaja ventajas ventajosa ventajosas ventana ventanas ventanilla
        ventas ventila ventilacion ventilar ventilaron ventilas ventre ventura venus venustiano veo ver vera veracruz
        veracruzana veracruzano veracruzanos veran verano veras verbal verbales verbalista verbalmente verbo verdad
        verdadera verdaderamente verdaderas verdadero verdaderos verdades verde verdes verdirame verdugo verduras
        verduzco vere veredalta veredas veredicto veremos vergonzante vergonzosos verguenza veria veriamos verificaba
        verificacion verifican verificar verificaron verifico verla verlas verlo verlos verme veronica veronicas
        verrugas versa versace versatil versatilidad verse versificacion version versiones versos versus verte
        vertebral vertical vertida vertidas vertido vertientes very ves vespertino vestia vestida vestido vestidos
        vestidura vestiduras vestigio vestimos vestir vestirse vestuario vetado vetara veterano veteranos veterinarias
        veto vez vi via viabilidad viable viaducto viaja viajaba viajaban viajado viajan viajar viajara viajaran
        viajarian viajaron viaje viajen viajero viajeros viajes viajo vial viales vialidad vialidades viandas vianey
        vias vibora vibra vibraciones vibradores vibrar vicario vice vicecanciller vicente vicepresidencia
        vicepresidente viceversa vicio vicios viciosas vicitma vicky victima victimado victimas victor victoria
        victoriana victoriano victorias victorioso victoriosos vida vidal vidales vidas vidente videntes video
        videocasetera videocasetes videocentros videoclip videoclubes videohomes videomax videopelicula videos vidrio
        vidrios vieira vieja viejas viejecita viejita viejito viejitos viejo viejon viejos viena viendo viendose viene
        vienen viento vientos vientre vientres viera viernes vieron viesca vietnam view vigas vigencia vigente
        vigentes vigesima vigesimacuarta vigesimo vigil vigila vigilaban vigilada vigiladas vigilado vigilados
        vigilancia vigilante vigilantes vigilar vigilara vigilarlas vigile vigilen vigilia vigo vigor vigoroso viii
        villa villacana villada villagomez villagran villahermosa villalba villaldama villalobos villamar villan
        villanueva villar villarreal villasana villasenor villauto villegas villuendas vimos vimosa vina vincent
        vincula vinculacion vinculadas vinculado vinculados vincular vincularse vinculo vinculos vine viniendo viniera
        vinieran vinieron vino vinyard vio violacion violaciones violada violado violador violadores violan violando
        violar violatorias violencia violenta violentada violentamente violentaria violentas violento violentos
        violeta violetina violin violinista violo vips virgen virgenes virginia virilidad virreinato virtual virtud
        virtudes virtuosa virtuosos virulentos visa visag viscatan viscencio viscerales visibilidad visible
        visiblemente vision visionarios visiones visires visita visitaba visitadas visitado visitaduria visitan
        visitando visitante visitantes visitar visitara visitaran visitaria visitarla visitaron visitas visite visiten
        visiteo visitiendo visito viskin vislumbra vislumbran vislumbrar vislumbraron vislumbro visora visos vispera
        visperas vista vistas vistazo visten vistiendo vistio visto vistos vistoso vistosos visual visuales visualice
        visualizaban visualizacion visualizado visualizar visualmente vital vitales vitalicio vitalidad vitamina
        vitaminas vite vito vitores vitro vitroles vittorio vituperado vituperados viuda viudas viudo viva vivales
        vivan vivas vive viven viveres vivero vivi vivia viviamos vivian vivible vivido vividos vivienda viviendas
        viviendo viviente vivientes viviera vivieran vivieron vivillos vivimos vivio vivir vivira vivirse vivo vivos
        vl vladimir vocabulario vocacion vocacional vocaciones vocal vocalia vocalista vocera vocero voceros voces
        voice voices voladeros volando volante volantes volar volara volaria volatil volatiles volatilidad volcadura
        volcamos volcan volcanes volcanica volcanico volcar volcaron volco voleibol volga volkswagen volmer voltaire
        voltea voltear volteo volteretas voltios volts voluble volumen volumenes voluminosisima voluntad voluntades
        voluntaria voluntariado voluntariamente voluntarias voluntario voluntarios voluntarioso volvamos volver
        volvera volveran volvere volveria volverlas volverse volvia volviendo volvieron volvimos volvio volvo
        volvoramirez vomitar vomitos von vorazmente vosso vota votacion votaciones votantes votar votara votaran
        votaria votaron votarse vote voten voto votos voy voz vs vudu vuelas vuelca vuele vuelo vuelos vuelta vueltas
        vuelto vuelva vuelvan vuelve vuelven vuelvo vuestro vulcanologia vulcanologos vulgar vulgares vulgaridad vulgo
        vulnerabilidad vulnerable vulnerables vulneran vw w wa wal walberto walcott wall wallace walt walter walterio
        walton ward warner warrants warren washington waterer we weisackaer weiss welch wells welsh wenceslao wendy
        west western westh westinghouse wetherell weule whataburger whisky widnall wiesel wildlife wilford william
        williams williamson willie wilson windows winfield winston winstone wisconsin woldenberg wong woody worcester
        word works world worldnet x xavier xenotransplantes xenotrasplante xenotrasplantes xicotencatl xiii xilitla
        xiv xix xochimilco xochitl xv xvi xvii xviii xx xxi xxiii xxvi y ya yacia yacimiento yacimientos yanez yanni
        yardas yarmuch yaroslao yate ycosas years yeltsin yendo yerbaniz yerena yerno yeso yidish ylizaliturri yo yodo
        yoga yogurt yolanda yoltectl yonke yonquero york yorky youshimatz yrapuato yuc yucatan yucateca yucateco
        yucatecos yugoslavia yugoslavo yukio yunez yunta yuri yuxtapuesto yvonne zabludowsky zacarias zacatecas
        zacatepec zafra zag zaga zagas zague zaguero zagueros zahnle zaid zaire zalea zambrano zamora zamorano zamudio
        zanabria zancadilla zancudos zanja zanjas zapaliname zapata zapatera zapatilla zapatitos zapatos zapoteco zar
        zaragoza zarape zarapeados zarate zarazua zarco zarpo ze zedillo zelanda zeltun zenith zenon zepa zepeda
        zertuche zig zimmerman zinser zona zonas zoologico zoologicos zorkin zorrilla zorros zotoluca zotoluco
        zotolucos zuazua zubillaga zubizarreta zulia zuniga zurcos zurda zurdo zurdos zurita zutano
        """.replacingOccurrences(of: "\n", with: " ")
}

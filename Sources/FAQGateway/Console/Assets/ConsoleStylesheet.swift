/// `/static/consola.css`: one small stylesheet of our own, readable on a phone and printable.
enum ConsoleStylesheet {
    static let text = """
    :root { --azul: #1f4e79; --rojo: #b00020; --verde: #2e7d32; --gris: #f3f4f6; --borde: #d0d4da; font-family: system-ui, sans-serif; }
    * { box-sizing: border-box; }
    body { margin: 0; color: #1b1b1b; background: #fff; line-height: 1.45; }
    main { padding: 1rem; max-width: 1200px; margin: 0 auto; }
    a { color: var(--azul); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
    .saltar { position: absolute; left: -999px; } .saltar:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 2; }
    .oculto { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .barra { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; background: var(--azul); color: #fff; padding: .6rem 1rem; }
    .barra a { color: #fff; } .barra ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; flex-wrap: wrap; }
    .barra a[aria-current] { font-weight: bold; text-decoration: underline; }
    .marca { font-weight: bold; } .salir { margin-left: auto; display: flex; gap: .5rem; align-items: center; }
    button { background: var(--azul); color: #fff; border: 0; border-radius: 4px; padding: .45rem .9rem; font-size: 1rem; cursor: pointer; }
    .salir button { background: #fff; color: var(--azul); }
    input, select, textarea { font: inherit; padding: .35rem; border: 1px solid var(--borde); border-radius: 4px; max-width: 100%; }
    textarea { width: 100%; } label { display: block; font-weight: 600; margin-top: .5rem; }
    .filtros { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: end; background: var(--gris); padding: .75rem; border-radius: 6px; }
    .filtros label { margin: 0; }
    .tabla { overflow-x: auto; } table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--borde); vertical-align: top; }
    thead th { background: var(--gris); }
    td.vencido { color: var(--rojo); font-weight: bold; } td.mensaje { max-width: 28rem; } #fila td:first-child a { white-space: nowrap; }
    tr.prioridad-urgente td:first-child, tr.prioridad-alta td:first-child { border-left: 4px solid var(--rojo); }
    tr.fallido td { color: var(--rojo); }
    .aviso { padding: .6rem .8rem; border-radius: 4px; } .aviso.error { background: #fde7ea; color: var(--rojo); }
    .aviso.exito { background: #e6f4ea; color: var(--verde); } .aviso.advertencia { background: #fff4e5; color: #8a4b00; }
    .acceso { max-width: 24rem; margin: 3rem auto; } .acceso input { width: 100%; } .acceso button { margin-top: 1rem; width: 100%; }
    .caso { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr); gap: 1.5rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; } dt { font-weight: 600; } dd { margin: 0; }
    #mensajes { list-style: none; padding: 0; } #mensajes li { padding: .5rem .7rem; margin: .4rem 0; border-radius: 8px; background: var(--gris); max-width: 90%; }
    #mensajes li.de-staff, #mensajes li.de-bot { margin-left: auto; background: #e3efe0; } #mensajes p { margin: .2rem 0 0; white-space: pre-wrap; }
    .autor { font-weight: bold; } time { color: #555; font-size: .9em; }
    .acciones form { margin: .8rem 0; padding-bottom: .8rem; border-bottom: 1px solid var(--borde); }
    .historial { padding-left: 1.2rem; } .puntaje { color: #555; }
    .tarjetas { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .8rem; list-style: none; padding: 0; }
    .tarjetas li { background: var(--gris); border-radius: 6px; padding: .7rem; display: flex; flex-direction: column; }
    .cifra { font-size: 1.6rem; font-weight: bold; color: var(--azul); } .nota { color: #555; font-size: .9em; }
    .figura { margin: 1rem 0; } .figura figcaption { font-weight: 600; } .par { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem; }
    svg.grafica { width: 100%; height: auto; max-width: 760px; } .rejilla { stroke: #e2e4e8; } .eje, .leyenda, .etiqueta, .valor, .meta-texto { font-size: 11px; fill: #333; }
    .meta { stroke: var(--rojo); stroke-dasharray: 4 3; stroke-width: 2; } .meta-texto { fill: var(--rojo); }
    .diagnosticos li.error { color: var(--rojo); } .diagnosticos li.advertencia { color: #8a4b00; }
    #faq { font-family: ui-monospace, monospace; font-size: .9rem; }
    @media (max-width: 760px) { .caso { grid-template-columns: 1fr; } th, td { padding: .3rem; } .salir { margin-left: 0; }
      #fila thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      #fila, #fila tbody, #fila tr, #fila td { display: block; width: 100%; }
      #fila tr { border: 1px solid var(--borde); border-radius: 6px; margin: 0 0 .6rem; padding: .3rem .2rem; }
      #fila td { border: 0; padding: .1rem .5rem; } #fila td.mensaje { max-width: none; }
      #fila td:nth-child(n+2):nth-child(-n+7) { display: inline-block; width: auto; color: #444; } }
    @media print { .barra, .no-imprimir, .saltar, form { display: none !important; } main { max-width: none; } .figura { break-inside: avoid; } }
    """
}

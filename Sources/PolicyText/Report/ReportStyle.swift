/// The report's inline stylesheet, legend and script. The script only shows one document and one page at a time,
/// follows `#…` links into hidden pages, and fills the inspector from the clicked highlight's attributes (as
/// text, never as markup). Without scripts every page shows, one after the other.
enum ReportStyle {
    static let legend = """
        <div class="legend" aria-label="Legend">\
        <span><mark class="hl target">target</mark></span>\
        <span><mark class="hl time">time</mark></span>\
        <span><mark class="hl slogan">slogan</mark></span>\
        <span><span class="hl commitment"><mark class="hl cue">cue</mark> commitment clause</span></span>\
        <span><mark class="hl mojibake">mojibake</mark></span>\
        <span><mark class="hl mojibake repaired">repaired</mark></span>\
        </div>
        """

    static let css = """
        :root{--ink:#1f2328;--muted:#6b7280;--line:#e3e6ea;--bg:#f5f6f8;--panel:#fff;\
        --target:#fdeaa0;--target-b:#d89b00;--time:#cfe3ff;--time-b:#2f6fde;--slogan:#e6dcff;--slogan-b:#7b4fe0;\
        --cue:#ffd9d6;--cue-ink:#a4161a;--moji:#d92d20}
        *{box-sizing:border-box}
        html{scroll-padding-top:5rem}
        body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
        a{color:#1d5fc2;text-decoration:none}a:hover{text-decoration:underline}
        .top{position:sticky;top:0;z-index:10;display:flex;flex-wrap:wrap;gap:.4rem 2rem;align-items:center;padding:.55rem 1.5rem;background:#fff;border-bottom:1px solid var(--line);box-shadow:0 1px 3px rgba(0,0,0,.04)}
        .top h1{font-size:15px;margin:0;font-weight:650;letter-spacing:.01em}
        .legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:13px;color:var(--muted)}
        .legend .hl{cursor:default}
        main{max-width:1440px;margin:0 auto;padding:1.1rem 1.5rem 3rem}
        h2{font-size:18px;margin:0 0 .2rem;font-weight:650;word-break:break-all}
        h3{font-size:14px;margin:1rem 0 .4rem;font-weight:650}
        .muted{color:var(--muted);font-weight:400}
        .meta,.cleanup{margin:.1rem 0;color:var(--muted);font-size:13px}
        .counts{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}
        .count{padding:.05rem .55rem;border-radius:99px;background:#eef0f3;font-size:13px}
        .count.k-target{background:var(--target)}.count.k-time{background:var(--time)}.count.k-slogan{background:var(--slogan)}.count.k-cue{background:var(--cue)}
        .bad{color:var(--moji)}.count.bad{background:#fde2e1}
        .overview,.doc-head,.text-col,.side{background:var(--panel);border:1px solid var(--line);border-radius:10px}
        .overview{padding:1rem 1.3rem;margin-bottom:1.2rem}
        .charts{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;margin:.6rem 0 1rem}
        .chart{margin:0;overflow-x:auto;max-width:100%}.chart figcaption{font-weight:600;margin-bottom:.3rem}
        svg.bars text{font-size:11px;fill:var(--ink)}svg.bars .val,svg.bars .lab{text-anchor:middle}svg.bars .lab{fill:var(--muted)}
        svg.bars .name{text-anchor:end;font-size:12px}svg.bars .num{fill:var(--muted)}
        svg.bars rect.target{fill:#e9b52c}svg.bars rect.none{fill:#c9ced6}svg.bars rect.slogan{fill:#9b7be8}svg.bars .axis{stroke:#c9ced6}
        table{border-collapse:collapse;width:100%;font-size:13px}
        th{text-align:left;font-weight:600;color:var(--muted);border-bottom:1px solid var(--line);padding:.3rem .4rem;position:sticky;top:0;background:var(--panel)}
        td{border-bottom:1px solid #f0f1f3;padding:.28rem .4rem;vertical-align:top}
        .r{text-align:right}.num{color:var(--muted);font-variant-numeric:tabular-nums}td.v{white-space:nowrap;font-variant-numeric:tabular-nums}
        .kind{color:var(--muted)}.bound{color:var(--muted)}
        tbody tr:hover{background:#f7f8fa}
        .doc{margin-bottom:2rem}
        .js .doc:not(.current),.js .page:not(.current){display:none}
        .doc-head{padding:.9rem 1.3rem;margin-bottom:1rem}
        .doc-body{display:grid;grid-template-columns:minmax(0,1fr) minmax(300px,400px);gap:1.2rem;align-items:start}
        @media (max-width:900px){.doc-body{grid-template-columns:1fr}}
        .text-col{padding:1.2rem 2.2rem 1.6rem}
        .page+.page{border-top:1px dashed var(--line);margin-top:1.5rem;padding-top:1rem}.js .page+.page{border:0;margin:0;padding:0}
        .text{max-width:46em;margin:0 auto;font-size:16.5px;line-height:2.05;letter-spacing:.02em;font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",serif}
        .text p{margin:0 0 .7em;white-space:pre-wrap;overflow-wrap:anywhere}
        .text p.blank{margin:0;line-height:.6}
        .pager{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem .8rem;font-size:13px;color:var(--muted);margin:0 0 1rem}
        .page .pager:last-child{margin:1.2rem 0 0}
        .pager .pages{display:flex;gap:.15rem}.pager .pages a,.pager .pages b{min-width:1.8em;text-align:center;padding:0 .3em;border-radius:4px}
        .pager .pages b{background:var(--ink);color:#fff}.pager .off{opacity:.4}.pager .where{margin-left:auto}
        .hl{color:inherit;background:none;border-radius:2px;cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        mark.target{background:var(--target);box-shadow:inset 0 -2px var(--target-b)}
        mark.time{background:var(--time);box-shadow:inset 0 -2px var(--time-b)}
        mark.slogan{background:var(--slogan);box-shadow:inset 0 -2px var(--slogan-b)}
        mark.cue{background:var(--cue);color:var(--cue-ink);font-weight:700;box-shadow:inset 0 -2px var(--cue-ink)}
        span.commitment{text-decoration:underline dotted #aab2bd;text-decoration-thickness:1.5px;text-underline-offset:.42em}
        .hl.mojibake{text-decoration:underline wavy var(--moji);text-decoration-thickness:1px;text-underline-offset:.3em}
        .hl.mojibake::before{content:"⚠";color:var(--moji);font-size:.62em;vertical-align:super;margin-right:1px;font-family:system-ui,sans-serif}
        .hl.mojibake.repaired{text-decoration-color:#0f8a5f}.hl.mojibake.repaired::before{content:"↺";color:#0f8a5f}
        .hl.selected{outline:2px solid var(--ink);outline-offset:1px}
        .hl.flash{animation:flash 1.4s ease-out}@keyframes flash{0%{outline:3px solid #f59e0b}100%{outline:3px solid transparent}}
        .side{position:sticky;top:4.2rem;max-height:calc(100vh - 5.2rem);overflow:auto;padding:.3rem 1rem 1rem}
        .inspector{position:sticky;top:-.3rem;z-index:2;background:var(--panel);padding:.7rem 0 .4rem;border-bottom:1px solid var(--line)}
        .inspector .hint{margin:.2rem 0;color:var(--muted);font-size:13px}
        .card{border-left:4px solid #c9ced6;padding:.15rem .7rem;margin:.2rem 0 .5rem;background:#fafbfc;border-radius:0 6px 6px 0}
        .card.k-target{border-color:var(--target-b)}.card.k-time{border-color:var(--time-b)}.card.k-slogan{border-color:var(--slogan-b)}
        .card.k-cue,.card.k-commitment{border-color:var(--cue-ink)}.card.k-mojibake{border-color:var(--moji)}
        .card h4{margin:.25rem 0;font-size:13px}
        .card dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .7rem;margin:0 0 .3rem;font-size:13px}
        .card dt{color:var(--muted)}.card dd{margin:0;overflow-wrap:anywhere}
        .error{color:var(--moji);padding:1rem 1.3rem;background:var(--panel);border:1px solid var(--line);border-radius:10px}
        .docnav{font-size:13px;margin-left:auto;color:var(--muted)}
        """

    /// Runs before the body is parsed: hides all but the current document and page (so a long document is never
    /// laid out whole), and takes over the URL's anchor so the browser does not jump before the page is chosen.
    static let headScript = """
        document.documentElement.classList.add('js');
        (function(){var h=location.hash;if(h.length>1&&history.replaceState){try{history.replaceState(null,'',location.href.split('#')[0]);window.policytextAnchor=h;}catch(e){}}})();
        """

    static let script = """
        (function(){
        'use strict';
        function closest(el,cls){for(;el&&el.classList;el=el.parentNode){if(el.classList.contains(cls))return el;}return null;}
        function only(el,cls){var p=el.parentNode;for(var c=p.firstElementChild;c;c=c.nextElementSibling){if(c!==el&&c.classList.contains(cls))c.classList.remove('current');}el.classList.add('current');}
        function inspect(el){
          var doc=closest(el,'doc'),box=doc&&doc.querySelector('.inspector');if(!box)return;
          var old=document.querySelector('.hl.selected');if(old)old.classList.remove('selected');el.classList.add('selected');
          box.textContent='';var cues={};
          for(var n=el;n&&n!==doc;n=n.parentNode){if(n.classList&&n.classList.contains('hl')&&n.dataset.kind==='cue')cues[n.dataset.index]=1;}
          for(n=el;n&&n!==doc;n=n.parentNode){
            if(!n.classList||!n.classList.contains('hl'))continue;
            if(n.dataset.kind==='commitment'&&cues[n.dataset.index])continue;
            var lines=(n.getAttribute('title')||n.getAttribute('data-info')||'').split('\\n');
            var card=document.createElement('div');card.className='card k-'+n.dataset.kind;
            var h=document.createElement('h4');h.textContent=lines[0];card.appendChild(h);
            var dl=document.createElement('dl');
            for(var i=1;i<lines.length;i++){var k=lines[i].indexOf(': ');var dt=document.createElement('dt'),dd=document.createElement('dd');
              dt.textContent=k<0?'':lines[i].slice(0,k);dd.textContent=k<0?lines[i]:lines[i].slice(k+2);dl.appendChild(dt);dl.appendChild(dd);}
            card.appendChild(dl);box.appendChild(card);}
        }
        function show(id){
          var el=document.getElementById(id);if(!el)return;
          var doc=closest(el,'doc'),page=closest(el,'page');
          if(doc)only(doc,'doc');if(page)only(page,'page');
          if(el.classList.contains('hl')){var r=el.getBoundingClientRect();if(r.top<80||r.bottom>window.innerHeight-20)el.scrollIntoView({block:'center'});el.classList.remove('flash');void el.offsetWidth;el.classList.add('flash');inspect(el);}
          else if(page&&el===page){(closest(page,'text-col')||page).scrollIntoView();}
          else el.scrollIntoView();
        }
        function route(){var id=location.hash.slice(1);if(id){try{id=decodeURIComponent(id);}catch(e){}show(id);}}
        window.addEventListener('hashchange',route);
        document.addEventListener('click',function(e){var t=e.target;while(t&&t.nodeType!==1)t=t.parentNode;var h=t&&closest(t,'hl');if(h&&!closest(h,'legend'))inspect(h);});
        document.addEventListener('keydown',function(e){
          if(e.target&&/INPUT|TEXTAREA|SELECT/.test(e.target.tagName))return;
          if(e.key!=='ArrowLeft'&&e.key!=='ArrowRight')return;
          var doc=document.querySelector('.doc.current'),page=doc&&doc.querySelector('.page.current');if(!page)return;
          var next=e.key==='ArrowRight'?page.nextElementSibling:page.previousElementSibling;
          if(next&&next.classList.contains('page'))location.hash=next.id;
        });
        var a=window.policytextAnchor;
        if(a){show(a.slice(1));window.addEventListener('load',function(){setTimeout(function(){try{history.replaceState(null,'',a);}catch(e){}},0);});}
        else route();
        })();
        """
}

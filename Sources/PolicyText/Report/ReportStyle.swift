/// The report's inline stylesheet, legend and script. The script only shows one document and one page at a time,
/// follows `#…` links into hidden pages, and builds tooltips and the inspector from the document's details block (as
/// text, never as markup). Without scripts every page shows, one after the other.
enum ReportStyle {
    static let legend = """
        <div class="legend" aria-label="Legend">\
        <span><mark data-kind="target">target</mark></span>\
        <span><mark data-kind="time">time</mark></span>\
        <span><mark data-kind="slogan">slogan</mark></span>\
        <span><span data-kind="commitment"><mark data-kind="cue">cue</mark> commitment clause</span></span>\
        <span><mark data-kind="mojibake">mojibake</mark></span>\
        <span><mark data-kind="mojibake" class="repaired">repaired</mark></span>\
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
        .legend [data-kind]{cursor:default}
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
        .targets-head{display:flex;align-items:baseline;gap:.8rem}.toggle{display:none}
        .js .toggle{display:inline-block;margin-left:auto;font:inherit;font-size:12px;padding:.05rem .6rem;border:1px solid var(--line);border-radius:99px;background:#fff;color:var(--muted);cursor:pointer}
        .js .toggle[aria-pressed=true]{background:var(--ink);color:#fff;border-color:var(--ink)}
        .js table.targets:not(.all) tbody:not(.current){display:none}
        .doc{margin-bottom:2rem}
        .js .doc:not(.current),.js .page:not(.current){display:none}
        .doc-head{padding:.9rem 1.3rem;margin-bottom:1rem}
        .doc-body{display:grid;grid-template-columns:minmax(0,1fr) minmax(320px,470px);gap:1.2rem;align-items:start}
        @media (max-width:900px){.doc-body{grid-template-columns:1fr}}
        .text-col{padding:1.2rem 2rem 1.6rem}
        .page+.page{border-top:1px dashed var(--line);margin-top:1.5rem;padding-top:1rem}.js .page+.page{border:0;margin:0;padding:0}
        .text{max-width:46em;margin:0 auto;font-size:16.5px;line-height:2.05;letter-spacing:.02em;font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",serif}
        .text p{margin:0 0 .7em;white-space:pre-wrap;overflow-wrap:anywhere}
        .text p.blank{margin:0;line-height:.6}
        .pager{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem .8rem;font-size:13px;color:var(--muted);margin:0 0 1rem}
        .page .pager:last-child{margin:1.2rem 0 0}
        .pager .pages{display:flex;gap:.15rem}.pager .pages a,.pager .pages b{min-width:1.8em;text-align:center;padding:0 .3em;border-radius:4px}
        .pager .pages b{background:var(--ink);color:#fff}.pager .off{opacity:.4}.pager .where{margin-left:auto}
        mark[data-kind]{color:inherit;background:none;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        [data-kind]{cursor:pointer}
        mark[data-kind=target]{background:var(--target);box-shadow:inset 0 -2px var(--target-b)}
        mark[data-kind=time]{background:var(--time);box-shadow:inset 0 -2px var(--time-b)}
        mark[data-kind=slogan]{background:var(--slogan);box-shadow:inset 0 -2px var(--slogan-b)}
        mark[data-kind=cue]{background:var(--cue);color:var(--cue-ink);font-weight:700;box-shadow:inset 0 -2px var(--cue-ink)}
        span[data-kind=commitment]{text-decoration:underline dotted #aab2bd;text-decoration-thickness:1.5px;text-underline-offset:.42em}
        mark[data-kind=mojibake]{text-decoration:underline wavy var(--moji);text-decoration-thickness:1px;text-underline-offset:.3em}
        mark[data-kind=mojibake]::before{content:"⚠";color:var(--moji);font-size:.62em;vertical-align:super;margin-right:1px;font-family:system-ui,sans-serif}
        mark[data-kind=mojibake].repaired{text-decoration-color:#0f8a5f}mark[data-kind=mojibake].repaired::before{content:"↺";color:#0f8a5f}
        .selected{outline:2px solid var(--ink);outline-offset:1px}
        .flash{animation:flash 1.4s ease-out}@keyframes flash{0%{outline:3px solid #f59e0b}100%{outline:3px solid transparent}}
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
        .title-row{display:flex;flex-wrap:wrap;align-items:baseline;gap:.3rem 1rem}
        .docnav{display:none;margin-left:auto;font-size:13px;gap:1rem}.overview~.doc .docnav{display:flex}
        .doc:last-child .next-doc{display:none}
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
        function mark(el){for(;el&&el.getAttribute;el=el.parentNode){if(el.getAttribute('data-kind')){return closest(el,'legend')?null:el;}if(el.classList.contains('text'))return null;}return null;}
        function only(el,cls){
          for(var c=el.parentNode.firstElementChild;c;c=c.nextElementSibling){if(c!==el&&c.classList.contains(cls))c.classList.remove('current');}
          el.classList.add('current');
          if(cls==='page'){var doc=closest(el,'doc'),rows=doc?doc.querySelectorAll('table.targets tbody'):[];
            for(var i=0;i<rows.length;i++)rows[i].classList.toggle('current',rows[i].getAttribute('data-page')===el.getAttribute('data-page'));}
        }
        var cache=[];
        function details(el){
          var doc=closest(el,'doc');if(!doc)return [];
          var i=+doc.id.slice(1);
          if(!cache[i]){var s=doc.querySelector('script.details');try{cache[i]=JSON.parse(s?s.textContent:'{}');}catch(e){cache[i]={};}}
          var kind=el.dataset.kind==='cue'?'commitment':el.dataset.kind;
          var lines=((cache[i][kind]||[])[+el.dataset.index]||[kind]).slice();
          lines.push('source: '+el.dataset.start+'–'+el.dataset.end);
          return lines;
        }
        function inspect(el){
          var doc=closest(el,'doc'),box=doc&&doc.querySelector('.inspector');if(!box)return;
          var old=document.querySelector('.selected');if(old)old.classList.remove('selected');el.classList.add('selected');
          box.textContent='';var cues={},n;
          for(n=el;n&&n!==doc;n=n.parentNode){if(n.dataset&&n.dataset.kind==='cue')cues[n.dataset.index]=1;}
          for(n=el;n&&n!==doc;n=n.parentNode){
            if(!n.dataset||!n.dataset.kind)continue;
            if(n.dataset.kind==='commitment'&&cues[n.dataset.index])continue;
            var lines=details(n);
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
          if(el.dataset.kind){var r=el.getBoundingClientRect();if(r.top<80||r.bottom>window.innerHeight-20)el.scrollIntoView({block:'center'});el.classList.remove('flash');void el.offsetWidth;el.classList.add('flash');inspect(el);}
          else if(page&&el===page){(closest(page,'text-col')||page).scrollIntoView();}
          else el.scrollIntoView();
        }
        function route(hash){var id=hash.slice(1);if(id){try{id=decodeURIComponent(id);}catch(e){}show(id);}}
        window.addEventListener('hashchange',function(){route(location.hash);});
        // Tooltips are made on first hover, from the document's details block.
        document.addEventListener('mouseover',function(e){var m=mark(e.target);if(m&&!m.title)m.title=details(m).join('\\n');});
        document.addEventListener('click',function(e){
          var t=e.target;if(t&&t.classList&&t.classList.contains('toggle')){var table=closest(t,'side').querySelector('table.targets');
            var all=table.classList.toggle('all');t.setAttribute('aria-pressed',all?'true':'false');return;}
          var m=mark(e.target);if(m)inspect(m);});
        document.addEventListener('keydown',function(e){
          if(e.target&&/INPUT|TEXTAREA|SELECT/.test(e.target.tagName))return;
          if(e.key!=='ArrowLeft'&&e.key!=='ArrowRight')return;
          var doc=document.querySelector('.doc.current'),page=doc&&doc.querySelector('.page.current');if(!page)return;
          var next=e.key==='ArrowRight'?page.nextElementSibling:page.previousElementSibling;
          if(next&&next.classList.contains('page'))location.hash=next.id;
        });
        var a=window.policytextAnchor;
        if(a){route(a);window.addEventListener('load',function(){setTimeout(function(){try{history.replaceState(null,'',a);}catch(e){}},0);});}
        else route(location.hash);
        })();
        """
}
